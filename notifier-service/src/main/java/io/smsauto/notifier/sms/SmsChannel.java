package io.smsauto.notifier.sms;

/** Where SMS go: Vonage, or the sandbox when no credentials are configured. Blocking. */
public interface SmsChannel {

    SmsOutcome send(OutgoingSms sms);
}
