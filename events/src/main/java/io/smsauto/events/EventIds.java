package io.smsauto.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic event ids: the same input always gives the same id, so that a redelivered carrier
 * message or a reprocessed record produces events every consumer recognises as already seen.
 */
public final class EventIds {

    private EventIds() {
    }

    /** The id of an inbound message: one per carrier message, however often the carrier delivers it. */
    public static String inboundMessage(Carrier carrier, String carrierMessageId) {
        return nameBased("sms", carrier.name(), carrierMessageId);
    }

    /** The id of a delivery receipt: one per carrier message and status, however often the carrier delivers it. */
    public static String deliveryReceipt(Carrier carrier, String carrierMessageId, String status) {
        return nameBased("receipt", carrier.name(), carrierMessageId, status);
    }

    /** The id of the event that runs {@code actionId} for the inbound message {@code inboundMessageId}. */
    public static String action(String inboundMessageId, String actionId) {
        return nameBased("action", inboundMessageId, actionId);
    }

    /** The id of the {@link AutomationTriggered} event of one inbound message. */
    public static String triggered(String inboundMessageId) {
        return nameBased("triggered", inboundMessageId);
    }

    /** The id of the result event of one action event. */
    public static String result(String actionEventId) {
        return nameBased("result", actionEventId);
    }

    /**
     * The id of the result that corrects an action event's result once a delivery receipt proved that its
     * SMS to {@code recipient}, reported with an unknown outcome, was sent: distinct from {@link #result},
     * so that subscribers that skip events already seen do not take the correction for a duplicate.
     */
    public static String resultConfirmed(String actionEventId, String recipient) {
        return nameBased("result-confirmed", actionEventId, recipient);
    }

    private static String nameBased(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
