package io.smsauto.gateway.webhook;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts every {@link CarrierWebhook} on Quarkus's HTTP router as a plain Vert.x route, ahead of the
 * REST resources: a webhook needs none of JAX-RS's per-request work (README.md, "Benchmarks").
 * Filters (metrics) and tracing apply to these routes as to any HTTP request.
 */
@ApplicationScoped
public class WebhookRoutes {

    private final Instance<CarrierWebhook> webhooks;
    private final WebhookResponses responses;
    private final long maxBodySize;

    public WebhookRoutes(Instance<CarrierWebhook> webhooks, WebhookResponses responses,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.webhooks = webhooks;
        this.responses = responses;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        for (CarrierWebhook carrier : webhooks) {
            Webhook webhook = carrier.webhook();
            router.route(webhook.path()).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(new WebhookRoute(webhook, responses, maxBodySize));
        }
    }
}
