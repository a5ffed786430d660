package io.smsauto.gateway.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For the load benchmark only ({@code gateway.bench.plain-ping=true}, set by bench/run.sh):
 * {@code GET /bench/plain-ping} answered by a bare Vert.x route, next to {@code /ping} served by
 * RESTEasy, so that a reader sees which part of the webhooks' figures comes from leaving RESTEasy.
 * Not served otherwise.
 */
@ApplicationScoped
public class PlainPingRoute {

    private final boolean enabled;

    public PlainPingRoute(@ConfigProperty(name = "gateway.bench.plain-ping") boolean enabled) {
        this.enabled = enabled;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.get("/bench/plain-ping").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(context -> context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8").end("pong"));
        }
    }
}
