package io.smsauto.notifier.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock as Vonage for the benchmarks: takes every SMS, answering after {@code -Dbench.vonage-latency-ms}
 * (0 by default: at once; real Vonage takes tens to hundreds of milliseconds). The service under test and
 * the baseline loop call the same server. The request journal (whose timestamps measure the pace) is kept
 * only when the init argument {@code journal} is "true".
 */
public class BenchmarkVonage implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;
    private boolean journal;

    static WireMockServer server() {
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        journal = Boolean.parseBoolean(initArgs.get("journal"));
    }

    @Override
    public Map<String, String> start() {
        WireMockConfiguration options = options().dynamicPort().containerThreads(64);
        server = new WireMockServer(journal ? options : options.disableRequestJournal());
        server.start();
        server.stubFor(post(urlPathEqualTo("/sms/json")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(Integer.getInteger("bench.vonage-latency-ms", 0))
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
