package io.smsauto.dispatcher;

import io.smsauto.events.ResultStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * How a call ended for good: SUCCEEDED, or FAILED (then it is a dead letter).
 *
 * @param httpStatus     the last answer's status; null when there was none
 * @param error          why it failed; null when it succeeded
 * @param lastCallMillis how long the last attempt took; null when no call was made
 */
public record FinishedCall(Call call, ResultStatus status, int attempts, Integer httpStatus, String error,
        Long lastCallMillis, Instant finishedAt) {

    /** The result's detail: outcome, HTTP status, attempts, durations. */
    public String detail() {
        StringBuilder detail = new StringBuilder(status == ResultStatus.SUCCEEDED ? "HTTP " + httpStatus : error);
        detail.append("; ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
        if (lastCallMillis != null) {
            detail.append("; last call ").append(lastCallMillis).append(" ms");
        }
        if (call.firstAttemptAt() != null) {
            detail.append("; ").append(Duration.between(call.firstAttemptAt(), finishedAt).toMillis()).append(" ms in all");
        }
        return detail.toString();
    }
}
