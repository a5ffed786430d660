package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.smsauto.runner.LocalSystem;
import io.smsauto.runner.RunSettings;
import io.smsauto.runner.Service;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The whole system, started once for all end-to-end tests of a JVM as bin/run starts it, with
 * WireMock standing in for Vonage's SMS API.
 */
final class RunningSystem {

    static final String API_TOKEN = "system-test-token";

    private static RunningSystem instance;

    final LocalSystem system;
    final WireMockServer vonage;

    private RunningSystem(LocalSystem system, WireMockServer vonage) {
        this.system = system;
        this.vonage = vonage;
    }

    static synchronized RunningSystem get() throws Exception {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-tests-stop"));
        }
        return instance;
    }

    URI url(Service service) {
        return system.url(service);
    }

    private static RunningSystem start() throws Exception {
        WireMockServer vonage = new WireMockServer(options().dynamicPort());
        vonage.start();
        vonage.stubFor(post(urlPathEqualTo("/sms/json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"message-count": "1", "messages": [{"to": "33600000000", "message-id": "0B00000000000001",
                         "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "20801"}]}
                        """)));
        Path projectRoot = Path.of(System.getProperty("smsauto.project.root", "..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("smsauto-system-test");
        LocalSystem system = new LocalSystem(RunSettings.isolated(projectRoot, dataDir, API_TOKEN, Map.of(
                "VONAGE_API_KEY", "system-test-key",
                "VONAGE_API_SECRET", "system-test-secret",
                "VONAGE_BASE_URL", vonage.baseUrl())));
        try {
            system.start();
        } catch (Exception e) {
            vonage.stop();
            throw e;
        }
        return new RunningSystem(system, vonage);
    }

    private void stop() {
        try {
            system.close();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            vonage.stop();
        }
    }
}
