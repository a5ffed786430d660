package io.smsauto.notifier.messaging;

import io.smsauto.events.ActionRequested;

/** The fields every action event must have; without them it is a poison record for the dead-letter topic. */
final class ActionRequests {

    /** The worker pool of the action consumers; its max-concurrency bounds the action events in progress per channel. */
    static final String WORKERS = "notifier-actions";

    private ActionRequests() {
    }

    static ActionRequested wellFormed(ActionRequested request) {
        if (request == null) {
            throw new IllegalArgumentException("unreadable action event");
        }
        if (request.eventId() == null || request.action() == null || request.message() == null
                || request.message().from() == null || request.message().to() == null) {
            throw new IllegalArgumentException("action event " + request.eventId()
                    + " lacks its id, its action or its message's numbers");
        }
        return request;
    }
}
