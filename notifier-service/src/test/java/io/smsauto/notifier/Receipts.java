package io.smsauto.notifier;

import io.smsauto.events.Carrier;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.EventIds;
import java.time.Instant;

/** Vonage's delivery receipts, as the gateway puts them on {@code sms.delivery-receipts}. */
final class Receipts {

    private Receipts() {
    }

    /** The receipt of an SMS delivered to the handset; {@code clientRef} is the action event id sent with it. */
    static DeliveryReceipt delivered(String clientRef, String recipient, String carrierMessageId) {
        return new DeliveryReceipt(EventIds.deliveryReceipt(Carrier.VONAGE, carrierMessageId, "delivered"),
                Carrier.VONAGE, carrierMessageId, clientRef, recipient, "+33757000001", "delivered", "0", Instant.now());
    }
}
