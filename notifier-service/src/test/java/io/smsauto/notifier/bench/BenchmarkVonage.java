package io.smsauto.notifier.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock as Vonage for the benchmarks: takes every SMS. The service under test and the baseline
 * loop call the same server. It keeps the request journal (its timestamps measure the pace).
 */
public class BenchmarkVonage implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().containerThreads(64).asynchronousResponseEnabled(false));
        server.start();
        server.stubFor(post(urlPathEqualTo("/sms/json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"message-count": "1", "messages": [{"to": "33612345678", "message-id": "0A0000000123ABCD1",
                         "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "20801"}]}
                        """)));
        return Map.of("vonage.base-url", server.baseUrl(), "vonage.api-key", "bench-key",
                "vonage.api-secret", "bench-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
