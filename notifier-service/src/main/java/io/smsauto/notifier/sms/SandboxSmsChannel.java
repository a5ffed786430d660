package io.smsauto.notifier.sms;

import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.repository.SandboxRepository;

/** Without Vonage credentials: the SMS is recorded for the UI's phone instead of being sent. */
public class SandboxSmsChannel implements SmsChannel {

    private final SandboxRepository sandbox;

    public SandboxSmsChannel(SandboxRepository sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public Attempt send(OutgoingSms sms) {
        long id = sandbox.record(sms);
        return new Attempt.Accepted("sandbox-" + id, "sandbox: not sent");
    }
}
