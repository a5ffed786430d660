package io.smsauto.gateway.webhook;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smsauto.events.Carrier;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Measures every request to a carrier webhook at the HTTP layer, so that answers given before
 * any resource runs (413 for a body too large, 415, 405) are counted too.
 */
@ApplicationScoped
public class WebhookMetricsFilter {

    private static final int PRIORITY = 1000;
    private static final Map<String, Carrier> PATHS = Map.of(
            "/webhooks/vonage/inbound", Carrier.VONAGE,
            "/webhooks/twilio/inbound", Carrier.TWILIO,
            "/webhooks/messagemedia/inbound", Carrier.MESSAGEMEDIA);

    private final WebhookMetrics metrics;

    public WebhookMetricsFilter(WebhookMetrics metrics) {
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::measure, PRIORITY);
    }

    private void measure(RoutingContext context) {
        Carrier carrier = PATHS.get(context.request().path());
        if (carrier != null) {
            long started = System.nanoTime();
            context.addEndHandler(done -> metrics.record(carrier, context.response().getStatusCode(),
                    context.response().ended(), System.nanoTime() - started));
        }
        context.next();
    }
}
