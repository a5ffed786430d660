package io.smsauto.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/run}: starts the system, prints where everything is once all six services are ready,
 * and stops everything on Ctrl-C or SIGTERM, even during start-up.
 */
public final class RunMain {

    private RunMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        RunSettings settings = RunSettings.fromEnvironment(env, Path.of("").toAbsolutePath());
        LocalSystem system = new LocalSystem(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(system, stopped), "smsauto-stop"));

        long started = System.nanoTime();
        System.out.println("Starting smsauto (data in " + settings.dataDir() + ", service logs in "
                + settings.dataDir().resolve("logs") + ") ...");
        try {
            system.start();
        } catch (Exception e) {
            System.err.println("smsauto did not start: " + e.getMessage());
            System.exit(1);
        }
        printReady(system, settings, env, Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
    }

    private static void stop(LocalSystem system, CountDownLatch stopped) {
        System.out.println("Stopping smsauto ...");
        try {
            system.close();
            System.out.println("smsauto stopped.");
        } catch (Exception e) {
            System.err.println("smsauto did not stop cleanly: " + e);
        } finally {
            stopped.countDown();
        }
    }

    private static void printReady(LocalSystem system, RunSettings settings, Map<String, String> env,
            Duration startup) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nsmsauto is ready after %.1f s:%n", startup.toMillis() / 1000.0));
        out.append(line("automation-admin", system.url(Service.AUTOMATION_ADMIN) + "   web UI, REST API /api/v1"));
        out.append(line("inbound-gateway",
                system.url(Service.INBOUND_GATEWAY) + "/webhooks/{vonage,twilio,messagemedia}/inbound"));
        for (Service service : new Service[] {Service.KEYWORD_MATCHER, Service.CONTACT_SERVICE,
                Service.NOTIFIER_SERVICE, Service.ACTION_DISPATCHER}) {
            out.append(line(service.id(), system.url(service).toString()));
        }
        out.append(line("kafka", system.kafkaBootstrapServers()));
        if (system.postgres() != null) {
            out.append(line("postgresql", system.postgres().jdbcUrl()));
        }
        out.append(String.format("API token: %s%s%n", settings.apiToken(),
                settings.tokenGenerated(env) ? "   (generated and kept in the data folder; set API_TOKEN to choose one)" : ""));
        out.append("Press Ctrl-C to stop.");
        System.out.println(out);
    }

    private static String line(String name, String where) {
        return String.format("  %-18s %s%n", name, where);
    }
}
