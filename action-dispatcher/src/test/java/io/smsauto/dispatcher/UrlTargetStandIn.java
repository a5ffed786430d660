package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * WireMock standing in for the URLs that actions forward to. The service's targets come from the
 * events, so the only setting is for the tests: {@value #URL} is its base url, where they reach its
 * admin API and which their events call.
 */
public class UrlTargetStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String URL = "url-target.base-url";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40));
        server.start();
        return Map.of(URL, "http://127.0.0.1:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
