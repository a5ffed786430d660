package io.smsauto.dispatcher;

import io.smsauto.events.ActionRequested;
import java.time.Instant;

/** A forward-to-url event that failed for good and waits for an operator. */
public record DeadLetter(ActionRequested request, String host, int attempts, Integer httpStatus, String error,
        Instant firstAttemptAt, Instant failedAt, int replays) {
}
