package io.smsauto.storm;

import io.smsauto.infra.Directories;
import io.smsauto.runner.LocalSystem;
import io.smsauto.runner.RunSettings;
import io.smsauto.runner.Service;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The reply storm (README.md): starts the whole system as bin/run does, seeds the automations,
 * sends the storm while injecting the chosen fault, waits until every action has its result, then
 * prints throughput, latency, CPU per process, the Kafka producer baseline and the exactly-once
 * accounting. Exit status 0 only when every check passes.
 */
public final class StormMain {

    private static final String TOKEN = "reply-storm-token";
    private static final Duration DRAIN_STALL = Duration.ofMinutes(4);
    private static final Duration HISTORY_STALL = Duration.ofMinutes(1);
    /** After the last expected result, how long late duplicates may still show up before counting. */
    private static final Duration SETTLE = Duration.ofSeconds(10);
    /** notifier-service's notifier.resend-unconfirmed-after: the stand-in sends a receipt for every SMS, as it requires. */
    private static final Duration RESEND_UNCONFIRMED_AFTER = Duration.ofSeconds(30);
    private static final String REPLY_PROBE = "+447990000001";
    private static final String URL_PROBE = "+447990000002";

    private final StormPlan plan;
    private final Fault fault;
    private final int replicas;
    private final int concurrency;
    private final Duration vonageLatency;
    private final long started = System.nanoTime();

    private StormMain(StormPlan plan, Fault fault, int replicas, int concurrency, Duration vonageLatency) {
        this.plan = plan;
        this.fault = fault;
        this.replicas = replicas;
        this.concurrency = concurrency;
        this.vonageLatency = vonageLatency;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Fault fault = Fault.NONE;
        int replicas = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fault" -> fault = Fault.parse(args[++i]);
                case "--replicas" -> replicas = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: [--fault NAME] [--replicas N]");
            }
        }
        StormPlan plan = new StormPlan(Integer.parseInt(env.getOrDefault("MESSAGES", "100000")),
                UUID.randomUUID().toString().substring(0, 8));
        int concurrency = Integer.parseInt(env.getOrDefault("CONCURRENCY", "64"));
        Duration vonageLatency = Duration.ofMillis(Long.parseLong(env.getOrDefault("VONAGE_LATENCY_MS", "0")));
        boolean passed = new StormMain(plan, fault, replicas, concurrency, vonageLatency)
                .run(Path.of(System.getProperty("smsauto.project.root", "")).toAbsolutePath());
        System.exit(passed ? 0 : 1);
    }

    private boolean run(Path projectRoot) throws Exception {
        Path dataDir = Files.createTempDirectory("reply-storm");
        try (StandIns standIns = new StandIns(number -> plan.index(number) >= 0, vonageLatency)) {
            LocalSystem system = new LocalSystem(RunSettings.isolated(projectRoot, dataDir, TOKEN, Map.of(
                    "VONAGE_API_KEY", "storm-key",
                    "VONAGE_API_SECRET", "storm-secret",
                    "VONAGE_BASE_URL", standIns.baseUrl(),
                    // the storm measures smsauto, not Vonage's 30 requests/s per key
                    "VONAGE_MAX_RATE", "0",
                    // the URL target is on loopback
                    "DISPATCHER_ALLOW_PRIVATE", "true",
                    "NOTIFIER_RESEND_UNCONFIRMED_AFTER", RESEND_UNCONFIRMED_AFTER.toSeconds() + "s")));
            Thread stopper = new Thread(() -> closeQuietly(system), "storm-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                log("starting the system (data in " + dataDir + ") ...");
                system.start();
                standIns.receipts.sendTo(system.url(Service.INBOUND_GATEWAY));
                for (int n = 1; n < replicas; n++) {
                    for (Service service : List.of(Service.KEYWORD_MATCHER, Service.NOTIFIER_SERVICE,
                            Service.CONTACT_SERVICE)) {
                        log("started " + service.id() + " replica at " + system.addReplica(service));
                    }
                }
                return storm(system, standIns, dataDir);
            } finally {
                log("stopping the system ...");
                closeQuietly(system);
                Runtime.getRuntime().removeShutdownHook(stopper);
                keepLogs(dataDir.resolve("logs"));
                Directories.deleteRecursively(dataDir);
            }
        }
    }

    /** With {@code KEEP_LOGS=1}, the services' logs outlive the run's data, in a directory of their own. */
    private void keepLogs(Path logs) {
        if (!"1".equals(System.getenv("KEEP_LOGS")) || !Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            Path kept = Files.createTempDirectory("reply-storm-logs");
            for (Path log : files.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()));
            }
            log("service logs kept in " + kept);
        } catch (IOException e) {
            log("service logs not kept: " + e);
        }
    }

    private boolean storm(LocalSystem system, StandIns standIns, Path dataDir) throws Exception {
        String listId = new Automations(TOKEN).seed(system.url(Service.AUTOMATION_ADMIN),
                system.url(Service.CONTACT_SERVICE), plan.runId(), standIns.baseUrl() + StandIns.HOOK_PATH);
        awaitAutomations(system.url(Service.INBOUND_GATEWAY), standIns);
        log(String.format("storm: %,d webhooks, %d in flight, fault %s, %d replica(s) of matcher/notifier/contacts,"
                + " Vonage answering in %d ms; load average %s", plan.messages(), concurrency, fault, replicas,
                vonageLatency.toMillis(), loadAverage()));

        CpuMeter cpu = new CpuMeter(dataDir.resolve("postgres"));
        Map<String, CpuMeter.Sample> cpuBefore = cpu.snapshot(system.pids());
        WebhookLoad load = new WebhookLoad(plan, system.url(Service.INBOUND_GATEWAY), concurrency);
        AtomicReference<Exception> faultFailure = new AtomicReference<>();
        Thread faulter = new Thread(() -> injectFault(system, standIns, load, faultFailure), "storm-fault");
        int withResults = plan.messages() - plan.count(Kind.NOTHING);
        try (ResultWatcher watcher = new ResultWatcher(plan, system.kafkaBootstrapServers())) {
            Thread progress = new Thread(() -> progress(load, watcher, standIns, withResults), "storm-progress");
            progress.setDaemon(true);
            progress.start();
            faulter.start();
            load.run();
            long loadEnd = max(load.accepted);
            log(String.format("all %,d webhooks accepted after %.1f s", plan.messages(), seconds(loadEnd - load.firstAttempt[0])));
            faulter.join();
            awaitDrain(watcher, withResults);
            awaitReceipts(standIns.receipts);
            awaitSettled(watcher);
            Thread.sleep(SETTLE.toMillis());
            Map<String, Double> cpuUsed = CpuMeter.difference(cpuBefore, cpu.snapshot(system.pids()));
            progress.interrupt();
            watcher.close();

            long firstSend = load.firstAttempt[0];
            double acceptSeconds = seconds(loadEnd - firstSend);
            double allResultsSeconds = seconds(max(watcher.results.lastArrival) - firstSend);
            Latencies latency = latencies(load, watcher.results);
            System.out.println();
            System.out.printf("accepted:            %,d webhooks in %.1f s = %.0f/s (%,d attempts; retried: %s)%n",
                    plan.messages(), acceptSeconds, plan.messages() / acceptSeconds, load.attempts.sum(), load.failures);
            System.out.printf("all results after:   %.1f s from the first webhook (%,d of %,d messages complete)%n",
                    allResultsSeconds, watcher.complete.get(), withResults);
            System.out.printf("webhook → last result of its message: p50 %,d ms, p99 %,d ms, max %,d ms (%,d messages)%n",
                    latency.percentile(50), latency.percentile(99), latency.percentile(100), latency.count());
            printCpu(cpuUsed, allResultsSeconds + SETTLE.toSeconds());

            Accounting accounting = new Accounting(plan);
            StoredEffects stored = new StoredEffects(system.postgres(), plan);
            List<Check> checks = accounting.checks(new Accounting.Observed(load.acceptedCount.get(),
                    watcher.results, standIns.smsByRecipient, standIns.smsByEvent, standIns.callsBySender,
                    standIns.callsByEvent, stored.optedOut(), stored.listMembers(listId),
                    awaitHistory(stored, accounting.expectedHistory())));
            if (faultFailure.get() != null) {
                checks.add(new Check("fault injected and recovered", false, faultFailure.get().toString()));
            }
            if (fault == Fault.URL_TIMEOUT) {
                System.out.printf("URL target: %,d calls held %d s and answered 503 (timed out for the dispatcher)%n",
                        standIns.timedOutCalls.get(), Fault.URL_HOLD.toSeconds());
            }
            System.out.println();
            System.out.println("exactly-once accounting:");
            checks.forEach(check -> System.out.println("  " + check));

            ProducerBaseline.Result baseline = ProducerBaseline.run(system.kafkaBootstrapServers(), plan.messages());
            System.out.printf("%nbaseline: a plain KafkaProducer (acks=all, idempotent, linger 1 ms) on the same broker,"
                    + " %,d copies of the sms.inbound records (%.0f bytes each on average): %.0f records/s%n",
                    plan.messages(), baseline.meanSize(), baseline.perSecond());
            System.out.printf("accepted/s ÷ producer baseline: %.1f %%%n",
                    100 * plan.messages() / acceptSeconds / baseline.perSecond());
            boolean passed = checks.stream().allMatch(Check::passed);
            System.out.println(passed ? "RESULT: PASS" : "RESULT: FAIL");
            return passed;
        }
    }

    /** Waits until the matcher fires both automations: a probe of each, repeated until its effect shows. */
    private void awaitAutomations(URI gateway, StandIns standIns) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (standIns.others.count(REPLY_PROBE) == 0 || standIns.others.count(URL_PROBE) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the automations did not fire within 2 minutes");
            }
            http.send(WebhookLoad.request(WebhookLoad.webhook(gateway), REPLY_PROBE, UUID.randomUUID().toString(),
                    StormPlan.REPLY_KEYWORD + " probe"), HttpResponse.BodyHandlers.discarding());
            http.send(WebhookLoad.request(WebhookLoad.webhook(gateway), URL_PROBE, UUID.randomUUID().toString(),
                    StormPlan.URL_KEYWORD + " probe"), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(2000);
        }
        log("both automations fire");
    }

    private void injectFault(LocalSystem system, StandIns standIns, WebhookLoad load, AtomicReference<Exception> failure) {
        try {
            while (load.acceptedCount.get() < Fault.AT * plan.messages()) {
                Thread.sleep(50);
            }
            fault.inject(system, standIns, this::log);
        } catch (Exception e) {
            failure.set(e);
            log("fault " + fault + " failed: " + e);
        }
    }

    /** Until the gateway took every delivery receipt: a receipt can still settle a send's unknown outcome. */
    private void awaitReceipts(DeliveryReceipts receipts) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_STALL.toNanos();
        while (receipts.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        log(String.format("delivery receipts: %,d taken by the gateway (%,d deliveries retried), %,d not delivered;"
                + " longest from the SMS to the gateway's 200: %,d ms", receipts.delivered.get(), receipts.retried.get(),
                receipts.pending(), receipts.longestWaitMillis.get()));
    }

    /** Waits until no result reports an unknown outcome unsettled: a receipt, or a resend after its wait. */
    private void awaitSettled(ResultWatcher watcher) throws InterruptedException {
        long deadline = System.nanoTime() + RESEND_UNCONFIRMED_AFTER.plus(DRAIN_STALL).toNanos();
        while (watcher.unsettled.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        log(String.format("outcomes unknown and not settled: %,d", watcher.unsettled.get()));
    }

    private void awaitDrain(ResultWatcher watcher, int withResults) throws InterruptedException {
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (watcher.complete.get() < withResults) {
            if (watcher.complete.get() != seen) {
                seen = watcher.complete.get();
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > DRAIN_STALL.toNanos()) {
                log("no progress for " + DRAIN_STALL.toMinutes() + " min: counting what is there");
                return;
            }
            Thread.sleep(200);
        }
    }

    private void progress(WebhookLoad load, ResultWatcher watcher, StandIns standIns, int withResults) {
        try {
            while (true) {
                Thread.sleep(5000);
                log(String.format("accepted %,d/%,d, complete %,d/%,d, SMS %,d, URL calls %,d, load average %s",
                        load.acceptedCount.get(), plan.messages(), watcher.complete.get(), withResults,
                        standIns.smsByEvent.total(), standIns.callsByEvent.total(), loadAverage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Latencies latencies(WebhookLoad load, ResultWatcher.StormResults results) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < plan.messages(); i++) {
            int expected = plan.kind(i).results;
            if (expected > 0 && results.distinct[i] >= expected) {
                millis.add((results.lastArrival[i] - load.firstAttempt[i]) / 1_000_000);
            }
        }
        return new Latencies(millis.stream().mapToLong(Long::longValue).toArray());
    }

    private static void printCpu(Map<String, Double> used, double wallSeconds) {
        System.out.printf("CPU from the first webhook to the last result (+%d s), %d cores, %.1f s wall:%n",
                SETTLE.toSeconds(), Runtime.getRuntime().availableProcessors(), wallSeconds);
        double total = used.values().stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).sum();
        used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> System.out.printf("  %-42s %7.1f s  %5.1f %% of the CPU used%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / total));
        System.out.printf("  %-42s %7.1f s  = %.2f cores busy on average%n", "total", total, total / wallSeconds);
    }

    /** The storm's numbers among those a query returns. */
    /** automation-admin's history once it has every action the storm expects there, or stopped progressing. */
    private Map<String, Integer> awaitHistory(StoredEffects stored, int expected) throws Exception {
        Map<String, Integer> history = stored.historySucceeded();
        int seen = -1;
        long lastProgress = System.nanoTime();
        while (total(history) < expected) {
            if (total(history) != seen) {
                seen = total(history);
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > HISTORY_STALL.toNanos()) {
                break;
            }
            Thread.sleep(1000);
            history = stored.historySucceeded();
        }
        log(String.format("execution history: %,d of %,d actions SUCCEEDED", total(history), expected));
        return history;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void log(String line) {
        System.out.printf("[%6.1f s] %s%n", seconds(System.nanoTime() - started), line);
    }

    private static long max(long[] values) {
        long max = Long.MIN_VALUE;
        for (long value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }

    private static void closeQuietly(LocalSystem system) {
        try {
            system.close();
        } catch (Exception e) {
            System.err.println("the system did not stop cleanly: " + e);
        }
    }
}
