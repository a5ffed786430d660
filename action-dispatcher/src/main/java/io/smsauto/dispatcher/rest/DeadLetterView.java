package io.smsauto.dispatcher.rest;

import io.smsauto.dispatcher.DeadLetter;
import io.smsauto.events.ActionRequested;
import java.time.Instant;

/**
 * A dead letter as operators see it. The action's headers are left out: they often hold credentials.
 *
 * @param id the event id, which a replay keeps
 */
public record DeadLetterView(String id, String automationId, String actionId, String actionName, String contact,
        String method, String url, String host, int attempts, Integer httpStatus, String error,
        Instant firstAttemptAt, Instant failedAt, int replays) {

    static DeadLetterView of(DeadLetter letter) {
        ActionRequested request = letter.request();
        var action = request.action();
        return new DeadLetterView(request.eventId(), request.automation() == null ? null : request.automation().id(),
                action.id(), action.name(), request.contact(), action.method() == null ? null : action.method().name(),
                action.url(), letter.host(), letter.attempts(), letter.httpStatus(), letter.error(),
                letter.firstAttemptAt(), letter.failedAt(), letter.replays());
    }
}
