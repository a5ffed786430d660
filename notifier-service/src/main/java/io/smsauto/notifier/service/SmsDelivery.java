package io.smsauto.notifier.service;

import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.KeptSms;
import io.smsauto.notifier.sms.OutgoingSms;
import io.smsauto.notifier.sms.SmsChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * SMS to one recipient: nothing to a number that opted out (unless the SMS may reach it anyway),
 * nothing beyond the loop guard, paced (a turn before the claim, the start of each call within the
 * rate of the last second), at most once; once more, when its outcome stayed unknown and resends of
 * such SMS are on ({@link UnconfirmedSms}).
 */
@ApplicationScoped
public class SmsDelivery {

    /** The detail of an SMS not sent because its recipient opted out. */
    public static final String OPTED_OUT = "opted-out";

    /** How the detail of an SMS sent once more begins. */
    public static final String SENT_AGAIN = "sent again, no delivery receipt having come for the first attempt: ";

    private final DeliveryEngine engine;
    private final SmsChannel channel;
    private final SendPacer pacer;
    private final SendThreads threads;
    private final SendLog sendLog;
    private final OptOuts optOuts;
    private final SendCounters counters;
    private final ProviderSpans spans;
    private final UnconfirmedSms unconfirmed;

    public SmsDelivery(DeliveryEngine engine, SmsChannel channel, SendPacer pacer, SendThreads threads,
            SendLog sendLog, OptOuts optOuts, SendCounters counters, ProviderSpans spans, UnconfirmedSms unconfirmed) {
        this.engine = engine;
        this.channel = channel;
        this.pacer = pacer;
        this.threads = threads;
        this.sendLog = sendLog;
        this.optOuts = optOuts;
        this.counters = counters;
        this.spans = spans;
        this.unconfirmed = unconfirmed;
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
            KeptSms ifUnknown = new KeptSms(sms, reachesOptedOut);
            outcome = engine.deliver(delivery(sms, slot -> sendLog.claimSms(slot, sms.reference(), sms.to()),
                    UnaryOperator.identity())).call(sent -> unconfirmed.keepIfUnknown(ifUnknown, sent));
        }
        return outcome.invoke(counters::sms).map(sent -> new RecipientSend(sms.to(), sent));
    }

    /** Sends a kept SMS once more, if {@link UnconfirmedSms#reclaim} grants it; else returns what the send log holds. */
    public Uni<SendOutcome> resend(KeptSms kept) {
        AtomicBoolean granted = new AtomicBoolean();
        IntFunction<Uni<Claim>> claim = slot -> unconfirmed.reclaim(slot, kept)
                .invoke(given -> granted.set(given.granted()));
        return engine.deliver(delivery(kept.sms(), claim, attempt -> attempt instanceof Attempt.Accepted accepted
                        ? new Attempt.Accepted(accepted.providerReference(), SENT_AGAIN + accepted.detail()) : attempt))
                .invoke(outcome -> {
                    if (granted.get()) {
                        counters.sms(outcome);
                    }
                });
    }

    private Delivery delivery(OutgoingSms sms, IntFunction<Uni<Claim>> claim, UnaryOperator<Attempt> described) {
        Context event = Context.current();
        return new Delivery(sms.reference(), sms.to(), pacer::turn, claim, () -> threads.callProvider(() -> {
            pacer.awaitStart();
            return described.apply(spans.smsCall(event, sms.reference(), () -> channel.send(sms)));
        }));
    }
}
