package io.smsauto.gateway.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.smsauto.events.DeliveryReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * {@code smsauto_delivery_receipts_total{carrier, status}}: the carriers' delivery receipts stored on
 * {@code sms.delivery-receipts}, by the status they report (a rising share of {@code failed} or
 * {@code rejected} is worth an operator's look).
 */
@ApplicationScoped
public class DeliveryReceiptMetrics {

    public static final String NAME = "smsauto.delivery.receipts";

    private final MeterRegistry registry;

    public DeliveryReceiptMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(DeliveryReceipt receipt) {
        registry.counter(NAME, "carrier", receipt.carrier().name().toLowerCase(Locale.ROOT), "status", receipt.status()).increment();
    }
}
