package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.DeliveryReceiptMetrics;
import io.smsauto.gateway.webhook.WebhookAnswer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Vonage SMS API delivery receipts, {@code /webhooks/vonage/delivery-receipt} (Dashboard → API settings →
 * "Delivery receipts" URL): GET with a query string, POST with a form or a JSON body, signed like the
 * inbound webhook. Answered 200 once the receipt is on {@code sms.delivery-receipts}; anything else
 * makes Vonage deliver it again.
 */
@Singleton
public class VonageDeliveryReceiptWebhook extends VonageEndpoints {

    private final CarrierEventPublisher publisher;
    private final Optional<VonageSignature> signature;
    private final DeliveryReceiptMetrics metrics;

    public VonageDeliveryReceiptWebhook(CarrierEventPublisher publisher, ObjectMapper json, VonageConfig config,
            DeliveryReceiptMetrics metrics) {
        super("/webhooks/vonage/delivery-receipt", json);
        this.publisher = publisher;
        this.signature = config.signature();
        this.metrics = metrics;
    }

    @Override
    Uni<WebhookAnswer> accept(Map<String, String> params) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(params, now));
        DeliveryReceipt receipt = VonageDeliveryReceipts.toEvent(params, now);
        return publisher.publish(receipt).invoke(() -> metrics.received(receipt)).replaceWith(WebhookAnswer.EMPTY);
    }
}
