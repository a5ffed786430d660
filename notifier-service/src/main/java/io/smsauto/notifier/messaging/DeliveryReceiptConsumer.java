package io.smsauto.notifier.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.notifier.service.UnknownOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code sms.delivery-receipts}: Vonage's receipt for an SMS it took, which settles that SMS when its
 * outcome was unknown ({@link UnknownOutcomes}). A receipt without a {@code clientRef} is for an SMS
 * not sent by us; one without its id or recipient, or unreadable, goes to the dead-letter topic.
 */
@ApplicationScoped
public class DeliveryReceiptConsumer {

    /** The producer's own delivery timeout (2 min) bounds it first; this only keeps a thread from waiting for ever. */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(3);

    private final UnknownOutcomes unknownOutcomes;
    private final ActionResultPublisher results;

    public DeliveryReceiptConsumer(UnknownOutcomes unknownOutcomes, ActionResultPublisher results) {
        this.unknownOutcomes = unknownOutcomes;
        this.results = results;
    }

    @Incoming("delivery-receipts")
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
