package io.smsauto.events;

/** The automation an event came from. */
public record AutomationRef(String id, String name) {
}
