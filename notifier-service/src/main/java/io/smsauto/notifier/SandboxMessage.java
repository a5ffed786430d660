package io.smsauto.notifier;

import java.time.Instant;

/**
 * An SMS recorded in the sandbox instead of being sent (no Vonage credentials), as the UI's phone shows it.
 *
 * @param eventId the action event it was sent for
 */
public record SandboxMessage(long id, String eventId, String from, String to, String text, Instant createdAt) {
}
