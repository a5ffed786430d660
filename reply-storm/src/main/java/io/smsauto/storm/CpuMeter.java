package io.smsauto.storm;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system) of the services, of PostgreSQL (postmaster, its live backends and the
 * ones it has reaped) and of this JVM split by thread: the load tool and stand-ins versus the rest,
 * which is the embedded Kafka broker. Read from /proc, in seconds.
 */
final class CpuMeter {

    private static final double TICK = 1.0 / 100;   // USER_HZ on Linux
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Path postmasterPid;

    CpuMeter(Path postgresDataDir) {
        this.postmasterPid = postgresDataDir.resolve("postmaster.pid");
    }

    /** CPU seconds used so far by one process (or part of one), identified by {@code pid}. */
    record Sample(long pid, double seconds) {
    }

    Map<String, Sample> snapshot(Map<String, Long> servicePids) {
        Map<String, Sample> cpu = new LinkedHashMap<>();
        servicePids.forEach((name, pid) -> cpu.put(name, new Sample(pid, seconds(pid, false))));
        long self = ProcessHandle.current().pid();
        double loadTool = loadToolThreads();
        cpu.put("postgresql", new Sample(0, postgres()));
        cpu.put("kafka broker (runner JVM less load tool)", new Sample(self, seconds(self, false) - loadTool));
        cpu.put("load tool, stand-ins, result reader", new Sample(self, loadTool));
        return cpu;
    }

    /** Per name, {@code after - before}; a process started in between (a restart) counts from its start. */
    static Map<String, Double> difference(Map<String, Sample> before, Map<String, Sample> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, sample) -> {
            Sample start = before.get(name);
            used.put(name, start == null || start.pid() != sample.pid() ? sample.seconds()
                    : sample.seconds() - start.seconds());
        });
        return used;
    }

    private double postgres() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            double total = seconds(postmaster, true);
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] fields = statFields(Long.parseLong(process.getFileName().toString()));
                    if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                        total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK;
                    }
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double loadToolThreads() {
        double nanos = 0;
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && isLoadTool(info.getThreadName())) {
                nanos += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos / 1e9;
    }

    private static boolean isLoadTool(String thread) {
        return thread.startsWith("storm-") || thread.startsWith("standin-") || thread.startsWith("HttpClient")
                || thread.startsWith("main");
    }

    /** utime + stime (+ cutime + cstime: reaped children) of one process. */
    private static double seconds(long pid, boolean withChildren) {
        String[] fields = statFields(pid);
        if (fields == null) {
            return Double.NaN;
        }
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks * TICK;
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime. */
    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
