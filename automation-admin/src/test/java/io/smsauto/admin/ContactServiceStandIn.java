package io.smsauto.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for contact-service's lists; tests reach its admin API at
 * {@code quarkus.rest-client.contact-service.url}. What a list id starts with decides the answer:
 * {@code list-} exists (only with the right token), {@code gone-} is 404, {@code broken-} is a 500,
 * {@code down-} resets the connection, {@code slow-} answers after the client's read timeout.
 * The same server stands in for the other services the web UI reaches through this one
 * (notifier-service's sandbox, inbound-gateway's webhook): tests stub what they need there.
 */
public class ContactServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(any(urlPathMatching("/api/v1/lists/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathMatching("/api/v1/lists/list-.*")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + Api.TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"list\", \"name\": \"VIP\", \"memberCount\": 0}")));
        server.stubFor(get(urlPathMatching("/api/v1/lists/gone-.*")).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 404}")));
        server.stubFor(get(urlPathMatching("/api/v1/lists/broken-.*")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlPathMatching("/api/v1/lists/down-.*")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathMatching("/api/v1/lists/slow-.*")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));
        return Map.of("quarkus.rest-client.contact-service.url", server.baseUrl(),
                "quarkus.rest-client.notifier-service.url", server.baseUrl(),
                "smsauto.gateway-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
