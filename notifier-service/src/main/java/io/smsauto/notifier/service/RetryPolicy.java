package io.smsauto.notifier.service;

import io.smsauto.notifier.config.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How often and after how long a send the provider refused for now is tried again: exponential backoff with jitter. */
@ApplicationScoped
public class RetryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    @Inject
    public RetryPolicy(NotifierConfig config) {
        this(config.retry().maxAttempts(), config.retry().initialBackoff(), config.retry().maxBackoff());
    }

    RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public boolean mayRetryAfter(int attempts) {
        return attempts < maxAttempts;
    }

    /** The wait after the {@code attempt}-th refusal: doubling from the initial backoff up to the maximum, ±20 %. */
    public Duration backoffAfter(int attempt) {
        long doubled = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long base = Math.min(doubled, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(base * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    }
}
