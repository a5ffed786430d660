package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.sms.OutgoingSms;
import io.smsauto.notifier.sms.SmsChannel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS to one recipient: nothing to a number that opted out (unless the SMS may reach it anyway),
 * nothing beyond the loop guard, paced, at most once.
 */
@ApplicationScoped
public class SmsDelivery {

    /** The detail of an SMS not sent because its recipient opted out. */
    public static final String OPTED_OUT = "opted-out";

    private final DeliveryEngine engine;
    private final SmsChannel channel;
    private final SendPacer pacer;
    private final SendThreads threads;
    private final SendLog sendLog;
    private final OptOuts optOuts;

    public SmsDelivery(DeliveryEngine engine, SmsChannel channel, SendPacer pacer, SendThreads threads,
            SendLog sendLog, OptOuts optOuts) {
        this.engine = engine;
        this.channel = channel;
        this.pacer = pacer;
        this.threads = threads;
        this.sendLog = sendLog;
        this.optOuts = optOuts;
    }

    /**
     * @param reachesOptedOut true for the replies to built-in keywords: the confirmation of an opt-out
     *                        must reach the number that just opted out
     */
    public Uni<RecipientSend> send(OutgoingSms sms, boolean reachesOptedOut) {
        Uni<SendOutcome> outcome;
        if (!reachesOptedOut && optOuts.isOptedOut(sms.to())) {
            outcome = sendLog.recordOnce(sms.reference(), sms.to(), SendOutcome.skipped(OPTED_OUT));
        } else {
            outcome = engine.deliver(new Delivery(sms.reference(), sms.to(), pacer::turn,
                    () -> sendLog.claimSms(sms.reference(), sms.to()),
                    () -> threads.callProvider(() -> channel.send(sms))));
        }
        return outcome.map(sent -> new RecipientSend(sms.to(), sent));
    }
}
