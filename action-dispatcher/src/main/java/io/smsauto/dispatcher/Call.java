package io.smsauto.dispatcher;

import io.smsauto.events.ActionRequested;
import java.time.Instant;

/**
 * A forward-to-url action event that this replica owns until {@code leaseUntil}.
 *
 * @param event          the event's JSON as it was received: what goes to the dead-letter topic
 * @param leaseToken     proves the ownership: a write with another token changes nothing
 * @param attempts       attempts made before this one
 * @param firstAttemptAt null before the first attempt
 */
public record Call(String eventId, String event, ActionRequested request, String leaseToken, Instant leaseUntil,
        int attempts, Instant firstAttemptAt) {

    public String contact() {
        return request.contact();
    }

    /** This call with its first attempt dated, unless it was already. */
    public Call firstAttemptedAt(Instant attemptStart) {
        return firstAttemptAt != null ? this
                : new Call(eventId, event, request, leaseToken, leaseUntil, attempts, attemptStart);
    }
}
