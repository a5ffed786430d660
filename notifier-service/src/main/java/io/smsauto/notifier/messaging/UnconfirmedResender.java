package io.smsauto.notifier.messaging;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.repository.KeptSms;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.service.SmsDelivery;
import io.smsauto.notifier.service.UnconfirmedSms;
import io.smsauto.notifier.service.UnknownOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * Sends once more the SMS whose outcome stayed unknown and that no delivery receipt settled in time
 * ({@code notifier.resend-unconfirmed-after}; nothing when it is unset), and publishes the corrected
 * result of their events, as a receipt does.
 */
@ApplicationScoped
public class UnconfirmedResender {

    private static final int BATCH = 100;
    /** Bounds a pass that waits for Vonage (retries included) and for the broker. */
    private static final Duration PASS_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(3);

    private final UnconfirmedSms unconfirmed;
    private final SmsDelivery delivery;
    private final UnknownOutcomes unknownOutcomes;
    private final ActionResultPublisher results;

    public UnconfirmedResender(UnconfirmedSms unconfirmed, SmsDelivery delivery, UnknownOutcomes unknownOutcomes,
            ActionResultPublisher results) {
        this.unconfirmed = unconfirmed;
        this.delivery = delivery;
        this.unknownOutcomes = unknownOutcomes;
        this.results = results;
    }

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resendDue() {
        try {
            List<KeptSms> due = unconfirmed.due(BATCH).await().atMost(PASS_TIMEOUT);
            if (!due.isEmpty()) {
                Uni.join().all(due.stream().map(this::resend).toList()).andCollectFailures()
                        .await().atMost(PASS_TIMEOUT);
            }
        } catch (RuntimeException e) {
            Log.warnf("Unconfirmed SMS not all sent again (next try in 5 s): %s", e.toString());
        }
    }

    private Uni<Void> resend(KeptSms kept) {
        SendKey send = kept.send();
        return delivery.resend(kept).chain(() -> unknownOutcomes.resent(send, corrected ->
                results.publishConfirmed(corrected, send.recipient()).await().atMost(PUBLISH_TIMEOUT)));
    }
}
