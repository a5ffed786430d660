package io.smsauto.gateway.vonage;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.Carrier;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.EventIds;
import io.smsauto.gateway.webhook.RequiredFields;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A delivery receipt as Vonage's SMS API delivers it ({@code msisdn}, {@code to}, {@code messageId},
 * {@code status}, {@code err-code}, {@code client-ref}, …), checked and turned into our event.
 */
public final class VonageDeliveryReceipts {

    /** Vonage's documented statuses of an SMS it took. */
    static final Set<String> STATUSES = Set.of("delivered", "expired", "failed", "rejected", "accepted", "buffered", "unknown");
    /** Vonage's longest client reference; we send our action event ids, far shorter. */
    static final int MAX_CLIENT_REF = 100;

    private VonageDeliveryReceipts() {
    }

    /** @throws MalformedRequestException naming the first field that is missing or malformed */
    public static DeliveryReceipt toEvent(Map<String, String> params, Instant now) {
        RequiredFields fields = new RequiredFields(params);
        String recipient = fields.number("msisdn");
        String sender = fields.text("to");
        String messageId = fields.text("messageId");
        String status = status(fields.text("status"));
        return new DeliveryReceipt(EventIds.deliveryReceipt(Carrier.VONAGE, messageId, status), Carrier.VONAGE, messageId,
                clientRef(params.get("client-ref")), recipient, sender, status, blankToNull(params.get("err-code")), now);
    }

    private static String status(String value) {
        String status = value.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new MalformedRequestException("status", "status must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        return status;
    }

    private static String clientRef(String value) {
        String clientRef = blankToNull(value);
        if (clientRef != null && clientRef.length() > MAX_CLIENT_REF) {
            throw new MalformedRequestException("client-ref", "client-ref is longer than " + MAX_CLIENT_REF + " characters");
        }
        return clientRef;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
