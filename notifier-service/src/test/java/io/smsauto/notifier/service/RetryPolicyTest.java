package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(15));

    @Test
    void theBackoffDoublesWithinTwentyPercent() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            long expected = 500L << (attempt - 1);
            long backoff = policy.backoffAfter(attempt).toMillis();
            assertTrue(backoff >= expected * 0.8 && backoff <= expected * 1.2, attempt + ": " + backoff);
        }
    }

    @Test
    void theBackoffStopsGrowingAtTheMaximum() {
        assertTrue(policy.backoffAfter(40).toMillis() <= 18_000);
        assertTrue(policy.backoffAfter(40).toMillis() >= 12_000);
    }

    @Test
    void theLastAttemptIsNotFollowedByAnother() {
        assertTrue(policy.mayRetryAfter(5));
        assertFalse(policy.mayRetryAfter(6));
    }
}
