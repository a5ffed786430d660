package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.client.BlockedTargetException;
import io.smsauto.dispatcher.client.HttpReply;
import io.smsauto.dispatcher.service.AttemptOutcome.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** DESIGN.md §6: 2xx succeed; connect errors, timeouts, 429 and 5xx are retried; anything else fails at once. */
final class OutcomeClassifier {

    private OutcomeClassifier() {
    }

    static AttemptOutcome of(HttpReply reply, long callMillis, Clock clock) {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return new AttemptOutcome(Verdict.SUCCEEDED, status, null, null, callMillis);
        }
        String error = "HTTP " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : "")
                + (reply.bodyExcerpt().isBlank() ? "" : ": " + reply.bodyExcerpt().strip());
        boolean retryable = status == 429 || status >= 500;
        Duration retryAfter = retryable ? retryAfter(reply.retryAfter(), clock.instant()) : null;
        return new AttemptOutcome(retryable ? Verdict.RETRYABLE : Verdict.PERMANENT, status, error, retryAfter, callMillis);
    }

    static AttemptOutcome of(Throwable failure, long callMillis) {
        if (failure instanceof BlockedTargetException) {
            return AttemptOutcome.notCalled(failure.getMessage());
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new AttemptOutcome(Verdict.RETRYABLE, null, message, null, callMillis);
    }

    /** {@code Retry-After} as delay-seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
