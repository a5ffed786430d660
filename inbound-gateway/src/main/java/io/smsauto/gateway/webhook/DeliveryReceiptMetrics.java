package io.smsauto.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smsauto.events.DeliveryReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code smsauto_delivery_receipts_total{carrier, status}}: the carriers' delivery receipts stored on
 * {@code sms.delivery-receipts}, by the status they report (a rising share of {@code failed} or
 * {@code rejected} is worth an operator's look).
 */
@ApplicationScoped
public class DeliveryReceiptMetrics {

    public static final String NAME = "smsauto.delivery.receipts";

    private final MeterRegistry registry;
    /** One counter per carrier and status, found here rather than in the registry for every receipt. */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    public DeliveryReceiptMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(DeliveryReceipt receipt) {
        String carrier = receipt.carrier().name().toLowerCase(Locale.ROOT);
        counters.computeIfAbsent(List.of(carrier, receipt.status()),
                key -> registry.counter(NAME, "carrier", carrier, "status", receipt.status())).increment();
    }
}
