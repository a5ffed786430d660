package io.smsauto.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL. They are started once
 * per test JVM, shared by every test class of the module, and stopped when the JVM exits.
 */
public class EmbeddedInfraTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedInfra infra;

    /** The running infrastructure, for tests that talk to the broker or the database directly. */
    public static synchronized EmbeddedInfra infra() {
        if (infra == null) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("smsauto-test-infra");
                infra = EmbeddedInfra.start(dataDir, 0, 0);
            } catch (Exception e) {
                throw new IllegalStateException("could not start Kafka and PostgreSQL for the tests", e);
            }
            EmbeddedInfra started = infra;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                    Directories.deleteRecursively(dataDir);
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }, "embedded-infra-stop"));
        }
        return infra;
    }

    @Override
    public Map<String, String> start() {
        return infra().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM: stopped by the shutdown hook
    }
}
