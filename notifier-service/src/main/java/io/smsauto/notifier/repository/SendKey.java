package io.smsauto.notifier.repository;

/** One send in the send log: one action event to one recipient. */
public record SendKey(String eventId, String recipient) {
}
