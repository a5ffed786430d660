package io.smsauto.notifier.service;

import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.sms.OutgoingSms;
import io.smsauto.notifier.sms.SmsChannel;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS to one recipient: nothing to a number that opted out (unless the SMS may reach it anyway),
 * nothing beyond the loop guard, paced (a turn before the claim, the start of each call within the
 * rate of the last second), at most once.
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
    private final SendCounters counters;
    private final ProviderSpans spans;

    public SmsDelivery(DeliveryEngine engine, SmsChannel channel, SendPacer pacer, SendThreads threads,
            SendLog sendLog, OptOuts optOuts, SendCounters counters, ProviderSpans spans) {
        this.engine = engine;
        this.channel = channel;
        this.pacer = pacer;
        this.threads = threads;
        this.sendLog = sendLog;
        this.optOuts = optOuts;
        this.counters = counters;
        this.spans = spans;
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
            Context event = Context.current();
            outcome = engine.deliver(new Delivery(sms.reference(), sms.to(), pacer::turn,
                    slot -> sendLog.claimSms(slot, sms.reference(), sms.to()),
                    () -> threads.callProvider(() -> {
                        pacer.awaitStart();
                        return spans.smsCall(event, sms.reference(), () -> channel.send(sms));
                    })));
        }
        return outcome.invoke(counters::sms).map(sent -> new RecipientSend(sms.to(), sent));
    }
}
