package io.smsauto.notifier.mail;

/**
 * One email to send: a plain text and an HTML version of the same content.
 *
 * @param reference our reference for it (the {@code X-Smsauto-Event-Id} header): the action event id
 */
public record OutgoingEmail(String reference, String to, String subject, String text, String html) {
}
