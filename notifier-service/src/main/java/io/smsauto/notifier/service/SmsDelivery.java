package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smsauto.notifier.repository.SendRepository;
import io.smsauto.notifier.sms.OutgoingSms;
import io.smsauto.notifier.sms.SmsChannel;
import io.smsauto.notifier.sms.SmsOutcome;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one SMS at most once per (action event, recipient): the send is claimed in the send log
 * before it goes out, and a send claimed before is never repeated.
 */
@ApplicationScoped
public class SmsDelivery {

    static final String OUTCOME_UNKNOWN = "outcome-unknown: a send was started before a restart and its result "
            + "was not recorded; not sent again";

    private final SendRepository sends;
    private final SmsChannel channel;

    public SmsDelivery(SendRepository sends, SmsChannel channel) {
        this.sends = sends;
        this.channel = channel;
    }

    public SmsOutcome sendOnce(OutgoingSms sms) {
        if (!sends.claim(sms.reference(), sms.to())) {
            return sends.outcome(sms.reference(), sms.to()).orElse(SmsOutcome.failed(OUTCOME_UNKNOWN));
        }
        SmsOutcome outcome;
        try {
            outcome = channel.send(sms);
        } catch (RuntimeException e) {
            Log.warnf("SMS %s could not be sent: %s", sms.reference(), e.toString());
            outcome = SmsOutcome.failed("error: " + e.getMessage());
        }
        sends.complete(sms.reference(), sms.to(), outcome);
        return outcome;
    }
}
