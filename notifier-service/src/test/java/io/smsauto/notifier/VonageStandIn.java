package io.smsauto.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for Vonage's SMS API: it takes every SMS unless a test says otherwise for its
 * recipient ({@link VonageStubs}); tests reach its admin API at {@code vonage.base-url}.
 */
public class VonageStandIn implements QuarkusTestResourceLifecycleManager {

    static final String ACCEPTED = """
            {"message-count": "1", "messages": [{"to": "33612345678", "message-id": "0A0000000123ABCD1",
             "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "20801"}]}
            """;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40));
        server.start();
        server.stubFor(post(urlPathEqualTo("/sms/json")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(ACCEPTED)));
        return Map.of("vonage.base-url", server.baseUrl(), "vonage.api-key", "test-key", "vonage.api-secret", "test-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
