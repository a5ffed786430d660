package io.smsauto.gateway.webhook;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smsauto.events.Carrier;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Measures every request to a carrier webhook at the HTTP layer, so that answers given before
 * any resource runs (413 for a body too large, 415, 405) are counted too. An answer is recorded
 * when its headers are written (Quarkus's 413 handler replaces the response's end handler); a
 * request whose connection ends before any answer is recorded as abandoned.
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
            Measurement measurement = new Measurement(carrier, context);
            context.addHeadersEndHandler(measurement::answered);
            context.addEndHandler(done -> measurement.ended());
        }
        context.next();
    }

    /** One request; both callbacks run on its event loop, one after the other. */
    private final class Measurement {

        private final Carrier carrier;
        private final RoutingContext context;
        private final long started = System.nanoTime();
        private boolean answered;

        Measurement(Carrier carrier, RoutingContext context) {
            this.carrier = carrier;
            this.context = context;
        }

        void answered(Void ignored) {
            answered = true;
            metrics.record(carrier, context.response().getStatusCode(), true, System.nanoTime() - started);
        }

        void ended() {
            if (!answered) {
                metrics.record(carrier, 0, false, System.nanoTime() - started);
            }
        }
    }
}
