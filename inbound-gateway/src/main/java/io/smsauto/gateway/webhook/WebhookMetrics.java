package io.smsauto.gateway.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smsauto.events.Carrier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One timer per carrier, outcome and reason: its count is how many webhooks ended that way
 * (accepted, rejected by reason, unavailable…) and its histogram how long they took.
 * Published at {@code /q/metrics} as {@value #NAME}_seconds_count / _bucket.
 */
@ApplicationScoped
public class WebhookMetrics {

    public static final String NAME = "gateway.webhook.requests";
    /** A bucket boundary of its own, so the share answered within it is exact. */
    public static final Duration LATENCY_OBJECTIVE = Duration.ofMillis(50);

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(Carrier carrier, WebhookOutcome outcome) {
    }

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        // the series an operator alerts on exist from the start, at zero
        for (Carrier carrier : Carrier.values()) {
            timer(carrier, WebhookOutcome.ACCEPTED);
            timer(carrier, WebhookOutcome.UNAVAILABLE);
        }
    }

    public void record(Carrier carrier, int status, boolean answered, long nanos) {
        timer(carrier, WebhookOutcome.of(status, answered)).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Carrier carrier, WebhookOutcome outcome) {
        return timers.computeIfAbsent(new Key(carrier, outcome), key -> Timer.builder(NAME)
                .description("Carrier webhooks by outcome, and how long the gateway took to answer them")
                .tag("carrier", carrier.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome.outcome())
                .tag("reason", outcome.reason())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .serviceLevelObjectives(LATENCY_OBJECTIVE)
                .register(registry));
    }
}
