package io.smsauto.dispatcher.client;

import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * The Vert.x instance the outbound calls run on. Its event loops are the calls' own: the Kafka
 * connector, the REST API and the rest of Quarkus run on Quarkus's, so a call's answer is not read
 * behind their work. Quarkus's tracing and metrics of the Vert.x HTTP client are not installed on it:
 * each attempt already has its span and timer ({@code CallTelemetry}); a second span per call cost
 * as much as the call against a fast target.
 */
@ApplicationScoped
public class CallEventLoops {

    private Vertx vertx;

    @PostConstruct
    void start() {
        vertx = Vertx.vertx();
    }

    public Vertx vertx() {
        return vertx;
    }

    @PreDestroy
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
