package io.smsauto.notifier.sms;

import io.smsauto.notifier.Attempt;

/** Where SMS go: Vonage, or the sandbox when no credentials are configured. Blocking; never throws for a refusal. */
public interface SmsChannel {

    Attempt send(OutgoingSms sms);
}
