package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.DeliveryReceiptMetrics;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Vonage SMS API delivery receipts (Dashboard → API settings → "Delivery receipts" URL): GET with a
 * query string, POST with a form or a JSON body, signed like the inbound webhook. Answered 200 once the
 * receipt is on {@code sms.delivery-receipts}; anything else makes Vonage deliver it again.
 */
@Path("/webhooks/vonage/delivery-receipt")
@Singleton
public class VonageDeliveryReceiptResource extends VonageEndpoints {

    private final CarrierEventPublisher publisher;
    private final Optional<VonageSignature> signature;
    private final DeliveryReceiptMetrics metrics;

    public VonageDeliveryReceiptResource(CarrierEventPublisher publisher, ObjectMapper json, VonageConfig config,
            DeliveryReceiptMetrics metrics) {
        super(json);
        this.publisher = publisher;
        this.signature = config.signature();
        this.metrics = metrics;
    }

    @Override
    Uni<Response> accept(Map<String, String> params) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(params, now));
        DeliveryReceipt receipt = VonageDeliveryReceipts.toEvent(params, now);
        return publisher.publish(receipt).invoke(() -> metrics.received(receipt)).replaceWith(() -> Response.ok().build());
    }
}
