package io.smsauto.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** docker/healthcheck, the image's health check (bash only, no curl), against a stand-in service. */
class HealthcheckScriptTest {

    private static final String SCRIPT = "docker/healthcheck";

    private HttpServer service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
    }

    @Test
    void passesWhenReadinessAnswers200() throws Exception {
        int port = serviceAnsweringReadiness(200);

        assertEquals(0, Scripts.run(SCRIPT, Map.of("QUARKUS_HTTP_PORT", String.valueOf(port))).exitCode());
    }

    @Test
    void failsWhenReadinessAnswers503() throws Exception {
        int port = serviceAnsweringReadiness(503);

        assertNotEquals(0, Scripts.run(SCRIPT, Map.of("QUARKUS_HTTP_PORT", String.valueOf(port))).exitCode());
    }

    @Test
    void failsWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertNotEquals(0, Scripts.run(SCRIPT, Map.of("QUARKUS_HTTP_PORT", String.valueOf(port))).exitCode());
    }

    @Test
    void asksForReadinessNotLiveness() throws Exception {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/q/health/live") ? 200 : 404, -1);
            exchange.close();
        });
        service.start();

        assertNotEquals(0, Scripts.run(SCRIPT, Map.of("QUARKUS_HTTP_PORT",
                String.valueOf(service.getAddress().getPort()))).exitCode());
    }

    private int serviceAnsweringReadiness(int status) throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        service.start();
        return service.getAddress().getPort();
    }
}
