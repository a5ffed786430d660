package io.smsauto.notifier.sms;

/**
 * One SMS to send, numbers in E.164.
 *
 * @param reference our reference for it (Vonage's client-ref): the action event id
 */
public record OutgoingSms(String reference, String from, String to, String text) {
}
