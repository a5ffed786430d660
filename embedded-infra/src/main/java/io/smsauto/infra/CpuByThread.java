package io.smsauto.infra;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time (ns) used so far by this JVM's threads, grouped by name (numbers and ids left out), and by the
 * live PostgreSQL processes (Linux: /proc), for a benchmark to say where a round's CPU went.
 */
public final class CpuByThread {

    private static final String POSTGRESQL = "postgresql";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long NANOS_PER_TICK = 10_000_000;   // USER_HZ = 100
    private static final Pattern NUMBERS_AND_IDS = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\\d+");

    private CpuByThread() {
    }

    public static Map<String, Long> now() {
        Map<String, Long> nanos = new TreeMap<>();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            long used = info == null ? -1 : THREADS.getThreadCpuTime(info.getThreadId());
            if (used > 0) {
                nanos.merge(NUMBERS_AND_IDS.matcher(info.getThreadName()).replaceAll("N"), used, Long::sum);
            }
        }
        nanos.put(POSTGRESQL, postgresql());
        return nanos;
    }

    /** Microseconds per item (a call, a send…) of each group from {@code before} to now, the busiest first, groups under 1 µs left out. */
    public static String perItem(Map<String, Long> before, int items) {
        Map<String, Long> after = now();
        long total = 0;
        Map<String, Long> micros = new TreeMap<>();
        for (Map.Entry<String, Long> group : after.entrySet()) {
            long used = group.getValue() - before.getOrDefault(group.getKey(), 0L);
            total += used;
            micros.put(group.getKey(), used / 1000 / items);
        }
        return "total " + total / 1000 / items + ": " + micros.entrySet().stream().filter(group -> group.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(group -> group.getKey() + " " + group.getValue()).collect(Collectors.joining(", "));
    }

    private static long postgresql() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    // "pid (command) state …": the server and its backends all run the command postgres
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).equals("postgres")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * NANOS_PER_TICK;
    }
}
