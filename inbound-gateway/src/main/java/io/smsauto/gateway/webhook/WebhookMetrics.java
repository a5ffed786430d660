package io.smsauto.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smsauto.events.Carrier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One timer per carrier, outcome and reason: its count is how many webhooks ended that way
 * (accepted, rejected by reason, unavailable…) and its histogram how long they took; published at
 * {@code /q/metrics} as {@code smsauto_gateway_webhook_requests_seconds_count} / {@code _bucket}. And a
 * counter of the messages stored on {@code sms.inbound} per carrier, {@code smsauto_messages_received_total}.
 */
@ApplicationScoped
public class WebhookMetrics {

    public static final String NAME = "smsauto.gateway.webhook.requests";
    public static final String RECEIVED = "smsauto.messages.received";
    /** A bucket boundary of its own, so the share answered within it is exact. */
    public static final Duration LATENCY_OBJECTIVE = Duration.ofMillis(50);

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();
    private final Map<Carrier, Counter> received = new EnumMap<>(Carrier.class);

    private record Key(Carrier carrier, WebhookOutcome outcome) {
    }

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        // the series an operator alerts on exist from the start, at zero
        for (Carrier carrier : Carrier.values()) {
            timer(carrier, WebhookOutcome.ACCEPTED);
            timer(carrier, WebhookOutcome.UNAVAILABLE);
            received.put(carrier, Counter.builder(RECEIVED)
                    .description("Inbound SMS accepted and stored on sms.inbound")
                    .tag("carrier", tag(carrier))
                    .register(registry));
        }
    }

    public void record(Carrier carrier, int status, boolean answered, long nanos) {
        WebhookOutcome outcome = WebhookOutcome.of(status, answered);
        timer(carrier, outcome).record(nanos, TimeUnit.NANOSECONDS);
        if (outcome.equals(WebhookOutcome.ACCEPTED)) {
            received.get(carrier).increment();
        }
    }

    private Timer timer(Carrier carrier, WebhookOutcome outcome) {
        return timers.computeIfAbsent(new Key(carrier, outcome), key -> Timer.builder(NAME)
                .description("Carrier webhooks by outcome, and how long the gateway took to answer them")
                .tag("carrier", tag(carrier))
                .tag("outcome", outcome.outcome())
                .tag("reason", outcome.reason())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .serviceLevelObjectives(LATENCY_OBJECTIVE)
                .register(registry));
    }

    private static String tag(Carrier carrier) {
        return carrier.name().toLowerCase(Locale.ROOT);
    }
}
