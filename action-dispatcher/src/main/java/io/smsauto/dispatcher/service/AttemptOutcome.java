package io.smsauto.dispatcher.service;

import java.time.Duration;

/**
 * What one attempt came to.
 *
 * @param httpStatus  null when no answer came
 * @param error       null when it succeeded
 * @param retryAfter  how long the target asked to wait ({@code Retry-After}); null when it did not
 * @param callMillis  how long the attempt took; null when no call was made
 */
public record AttemptOutcome(Verdict verdict, Integer httpStatus, String error, Duration retryAfter, Long callMillis) {

    public enum Verdict {
        SUCCEEDED,
        /** Connect errors, resets, timeouts, 429 and 5xx: worth another attempt. */
        RETRYABLE,
        /** Any other answer, and calls that may not be made at all: never retried. */
        PERMANENT
    }

    public static AttemptOutcome notCalled(String error) {
        return new AttemptOutcome(Verdict.PERMANENT, null, error, null, null);
    }
}
