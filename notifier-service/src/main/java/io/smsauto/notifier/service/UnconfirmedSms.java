package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.KeptSms;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.UnconfirmedSmsRepository;
import io.smsauto.notifier.repository.UnknownOutcomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * With {@code notifier.resend-unconfirmed-after} set, the SMS whose outcome was unknown are kept with
 * their text, to be sent once more when no delivery receipt settles them within that time. The claim
 * for that one more attempt takes the kept SMS for good: whatever happens afterwards, a crash in the
 * middle or the event delivered again included, an SMS is sent again at most once. Nor is one sent
 * again to a number that has opted out meanwhile (unless it is the reply to a built-in keyword).
 */
@ApplicationScoped
public class UnconfirmedSms {

    private final Optional<Duration> resendAfter;
    private final UnconfirmedSmsRepository kept;
    private final UnknownOutcomeRepository sends;
    private final SendLog sendLog;
    private final OptOuts optOuts;

    public UnconfirmedSms(NotifierConfig config, UnconfirmedSmsRepository kept, UnknownOutcomeRepository sends,
            SendLog sendLog, OptOuts optOuts) {
        this.resendAfter = config.resendUnconfirmedAfter();
        this.kept = kept;
        this.sends = sends;
        this.sendLog = sendLog;
        this.optOuts = optOuts;
    }

    /** Keeps an SMS whose outcome is {@code outcome} when it is unknown and resends are on. */
    public Uni<Void> keepIfUnknown(KeptSms sms, SendOutcome outcome) {
        if (resendAfter.isEmpty() || !outcome.isUnknown()) {
            return Uni.createFrom().voidItem();
        }
        return sendLog.run("keeping the unconfirmed SMS " + sms.send(), () -> {
            kept.keep(sms, resendAfter.get());
            return null;
        });
    }

    /** Up to {@code limit} kept SMS due to be sent again; none when resends are off. */
    public Uni<List<KeptSms>> due(int limit) {
        if (resendAfter.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sendLog.run("listing the unconfirmed SMS due", () -> kept.due(limit));
    }

    /**
     * Claims a kept SMS for one more attempt, in {@code slot}: granted when it is still kept, its outcome
     * still unknown and its recipient may receive it, once; else refused with what the send log holds
     * (the kept SMS is taken all the same). As a retry does, it waits until the outcome queued last in
     * the slot is written.
     */
    public Uni<Claim> reclaim(int slot, KeptSms sms) {
        SendKey send = sms.send();
        boolean mayReceive = sms.reachesOptedOut() || !optOuts.isOptedOut(send.recipient());
        return sendLog.writtenSoFar(slot).chain(() -> sendLog.run("claiming " + send + " again",
                () -> sends.inTransaction(connection -> {
            Optional<SendOutcome> recorded = sends.lockSend(connection, send);
            boolean stillKept = kept.take(connection, send);
            if (stillKept && mayReceive && recorded.isPresent() && recorded.get().isUnknown()) {
                sends.reclaim(connection, send);
                return Claim.grant();
            }
            return Claim.refuse(recorded.orElseGet(SendOutcome::unknown));
        })));
    }
}
