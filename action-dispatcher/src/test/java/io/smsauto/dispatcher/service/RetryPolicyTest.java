package io.smsauto.dispatcher.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.dispatcher.service.AttemptOutcome.Verdict;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final AttemptOutcome FAILED_503 = new AttemptOutcome(Verdict.RETRYABLE, 503, "HTTP 503", null, 5L);

    @Test
    void defaultsSpreadSixAttemptsOverAboutFifteenMinutes() {
        RetryPolicy policy = new RetryPolicy(new Retry(6, Duration.ofSeconds(30), 2, 0.2, Duration.ofMinutes(10)), () -> 0.5);

        Duration total = Duration.ZERO;
        for (int attempts = 1; attempts < 6; attempts++) {
            total = total.plus(policy.nextDelay(attempts, FAILED_503).orElseThrow());
        }

        assertEquals(Duration.ofSeconds(30 + 60 + 120 + 240 + 480), total);
        assertEquals(Optional.empty(), policy.nextDelay(6, FAILED_503), "no seventh attempt");
    }

    @Test
    void jitterMovesEachDelayByUpToItsFraction() {
        Retry config = new Retry(6, Duration.ofSeconds(10), 2, 0.2, Duration.ofMinutes(10));

        assertEquals(Duration.ofSeconds(8), new RetryPolicy(config, () -> 0.0).nextDelay(1, FAILED_503).orElseThrow());
        assertEquals(Duration.ofSeconds(12), new RetryPolicy(config, () -> 1.0).nextDelay(1, FAILED_503).orElseThrow());
    }

    @Test
    void retryAfterIsHonouredUpToTheLongestDelay() {
        RetryPolicy policy = new RetryPolicy(new Retry(6, Duration.ofSeconds(1), 2, 0, Duration.ofMinutes(10)), () -> 0.5);

        AttemptOutcome asked = new AttemptOutcome(Verdict.RETRYABLE, 429, "HTTP 429", Duration.ofSeconds(120), 3L);
        AttemptOutcome tooLong = new AttemptOutcome(Verdict.RETRYABLE, 429, "HTTP 429", Duration.ofHours(2), 3L);

        assertEquals(Duration.ofSeconds(120), policy.nextDelay(1, asked).orElseThrow());
        assertEquals(Duration.ofMinutes(10), policy.nextDelay(1, tooLong).orElseThrow());
    }

    @Test
    void backoffNeverExceedsTheLongestDelay() {
        RetryPolicy policy = new RetryPolicy(new Retry(20, Duration.ofSeconds(30), 2, 0.2, Duration.ofMinutes(10)), () -> 1.0);

        assertEquals(Duration.ofMinutes(10), policy.nextDelay(15, FAILED_503).orElseThrow());
    }

    @Test
    void successAndPermanentFailuresAreNeverRetried() {
        RetryPolicy policy = new RetryPolicy(new Retry(6, Duration.ofSeconds(1), 2, 0, Duration.ofMinutes(1)), () -> 0.5);

        assertTrue(policy.nextDelay(1, new AttemptOutcome(Verdict.SUCCEEDED, 200, null, null, 1L)).isEmpty());
        assertTrue(policy.nextDelay(1, new AttemptOutcome(Verdict.PERMANENT, 404, "HTTP 404", null, 1L)).isEmpty());
    }

    private record Retry(int maxAttempts, Duration initialDelay, double multiplier, double jitter, Duration maxDelay)
            implements DispatcherConfig.Retry {
    }
}
