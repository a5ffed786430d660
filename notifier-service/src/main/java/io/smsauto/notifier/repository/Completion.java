package io.smsauto.notifier.repository;

import io.smsauto.notifier.SendOutcome;

/** The outcome of a claimed send, to record. */
public record Completion(SendKey send, SendOutcome outcome) {
}
