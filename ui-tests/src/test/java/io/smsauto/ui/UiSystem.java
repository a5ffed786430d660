package io.smsauto.ui;

import io.smsauto.runner.LocalSystem;
import io.smsauto.runner.RunSettings;
import io.smsauto.runner.Service;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole system, started once for all browser tests of a JVM as bin/run starts it, without Vonage
 * credentials: SMS go to notifier-service's sandbox, which the UI's phone shows.
 */
final class UiSystem {

    static final String API_TOKEN = "ui-test-token";

    private static LocalSystem system;

    private UiSystem() {
    }

    static synchronized LocalSystem get() throws Exception {
        if (system == null) {
            Path projectRoot = Path.of(System.getProperty("smsauto.project.root", "..")).toAbsolutePath().normalize();
            LocalSystem started = new LocalSystem(RunSettings.isolated(projectRoot,
                    Files.createTempDirectory("smsauto-ui-test"), API_TOKEN, Map.of()));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "ui-tests-stop"));
            system = started;
        }
        return system;
    }

    static String adminUrl() throws Exception {
        return get().url(Service.AUTOMATION_ADMIN).toString();
    }

    private static void stop(LocalSystem started) {
        try {
            started.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
