package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.config.DispatcherConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When the next attempt is due: exponential backoff with jitter ({@code initial-delay × multiplier^(n-1)},
 * moved at random by up to ± {@code jitter}), or the target's own {@code Retry-After}; never longer than
 * {@code max-delay}, and never after {@code max-attempts}. The defaults give 6 attempts over about
 * 15 minutes (30 s, 1, 2, 4 and 8 min between them).
 */
final class RetryPolicy {

    private final DispatcherConfig.Retry config;
    private final DoubleSupplier random;

    RetryPolicy(DispatcherConfig.Retry config, DoubleSupplier random) {
        this.config = config;
        this.random = random;
    }

    /** The delay before attempt {@code attemptsMade + 1}, or empty when there is none to make. */
    Optional<Duration> nextDelay(int attemptsMade, AttemptOutcome outcome) {
        if (outcome.verdict() != AttemptOutcome.Verdict.RETRYABLE || attemptsMade >= config.maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = outcome.retryAfter() != null ? outcome.retryAfter() : backoff(attemptsMade);
        return Optional.of(delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay);
    }

    private Duration backoff(int attemptsMade) {
        double base = config.initialDelay().toMillis() * Math.pow(config.multiplier(), attemptsMade - 1);
        double spread = 1 + config.jitter() * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(Math.min(base * spread, config.maxDelay().toMillis())));
    }
}
