package io.smsauto.events;

/** One action event that a match emitted. */
public record TriggeredAction(String eventId, String actionId, String actionName, ActionType type) {
}
