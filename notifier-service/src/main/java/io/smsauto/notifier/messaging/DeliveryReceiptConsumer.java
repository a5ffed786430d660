package io.smsauto.notifier.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.notifier.service.UnknownOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code sms.delivery-receipts}: Vonage's receipt for an SMS it took, which settles that SMS when its
 * outcome was unknown ({@link UnknownOutcomes}). A receipt without a {@code clientRef} is for an SMS
 * not sent by us; one without its id or recipient, or unreadable, goes to the dead-letter topic.
 *
 * <p>Several receipts at once ({@code @Blocking(ordered = false)}): Vonage sends one for every SMS, so the
 * receipts come as fast as the SMS go out, and one at a time they fell behind them under load. A receipt that
 * settles an SMS only after {@code notifier.resend-unconfirmed-after} comes too late: the SMS was sent again.
 * Their order does not matter: two receipts for one send take its row in turn ({@link UnknownOutcomes}).
 */
@ApplicationScoped
public class DeliveryReceiptConsumer {

    /** The worker pool of this consumer; its max-concurrency bounds the receipts in progress. */
    static final String WORKERS = "notifier-receipts";

    /** The producer's own delivery timeout (2 min) bounds it first; this only keeps a thread from waiting for ever. */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(3);

    private final UnknownOutcomes unknownOutcomes;
    private final ActionResultPublisher results;

    public DeliveryReceiptConsumer(UnknownOutcomes unknownOutcomes, ActionResultPublisher results) {
        this.unknownOutcomes = unknownOutcomes;
        this.results = results;
    }

    @Incoming("delivery-receipts")
    @Blocking(value = WORKERS, ordered = false)
    public Uni<Void> receipt(DeliveryReceipt receipt) {
        if (receipt == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable delivery receipt"));
        }
        if (receipt.id() == null || receipt.recipient() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "delivery receipt " + receipt.id() + " lacks its id or its recipient"));
        }
        if (receipt.clientRef() == null) {
            Log.debugf("Delivery receipt %s is for an SMS not sent by us", receipt.id());
            return Uni.createFrom().voidItem();
        }
        return unknownOutcomes.confirm(receipt, corrected -> results.publishConfirmed(corrected, receipt.recipient())
                .await().atMost(PUBLISH_TIMEOUT));
    }
}
