package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendRepository;
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
    private final SendRepository sends;
    private final OptOuts optOuts;
    private final LoopGuardLimit loopGuard;

    public SmsDelivery(DeliveryEngine engine, SmsChannel channel, SendPacer pacer, SendThreads threads,
            SendRepository sends, OptOuts optOuts, NotifierConfig config) {
        this.engine = engine;
        this.channel = channel;
        this.pacer = pacer;
        this.threads = threads;
        this.sends = sends;
        this.optOuts = optOuts;
        this.loopGuard = new LoopGuardLimit(config.loopGuard().maxSms(), config.loopGuard().window());
    }

    /**
     * @param reachesOptedOut true for the replies to built-in keywords: the confirmation of an opt-out
     *                        must reach the number that just opted out
     */
    public Uni<RecipientSend> send(OutgoingSms sms, boolean reachesOptedOut) {
        Uni<SendOutcome> outcome;
        if (!reachesOptedOut && optOuts.isOptedOut(sms.to())) {
            outcome = threads.useSendLog(() -> sends.recordOnce(sms.reference(), sms.to(), SendOutcome.skipped(OPTED_OUT)));
        } else {
            outcome = engine.deliver(new Delivery(sms.reference(), sms.to(), pacer::turn,
                    () -> sends.claim(sms.reference(), sms.to(), loopGuard),
                    () -> threads.callProvider(() -> channel.send(sms))));
        }
        return outcome.map(sent -> new RecipientSend(sms.to(), sent));
    }
}
