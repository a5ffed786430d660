package io.smsauto.notifier.sms;

import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.repository.SandboxRepository;

/** Without Vonage credentials: the SMS is recorded for the UI's phone instead of being sent. */
public class SandboxSmsChannel implements SmsChannel {

    private final SandboxRepository sandbox;

    public SandboxSmsChannel(SandboxRepository sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public SmsOutcome send(OutgoingSms sms) {
        long id = sandbox.record(sms);
        return new SmsOutcome(ResultStatus.SUCCEEDED, "sandbox: not sent", "sandbox-" + id);
    }
}
