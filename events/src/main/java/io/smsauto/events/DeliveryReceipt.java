package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A carrier's delivery receipt for an SMS we sent: the value on {@code sms.delivery-receipts}, keyed by
 * {@code recipient}. That it exists at all proves the carrier took the SMS, whatever its status says about
 * the handset.
 *
 * @param id                {@link EventIds#deliveryReceipt}: the same for every delivery of one receipt
 * @param carrierMessageId  the carrier's id of the SMS (one per part of a long SMS)
 * @param clientRef         the reference we gave the SMS when sending it: its action event id; null when
 *                          the SMS was not sent by us
 * @param recipient         the number the SMS went to, E.164
 * @param sender            the number or name it was sent from
 * @param status            the carrier's delivery status, lower case ({@code delivered}, {@code failed},
 *                          {@code expired}, {@code rejected}, {@code accepted}, {@code buffered},
 *                          {@code unknown})
 * @param errorCode         the carrier's error code; {@code 0} or null when there is none
 * @param receivedAt        when the gateway received the receipt
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryReceipt(
        String id,
        Carrier carrier,
        String carrierMessageId,
        String clientRef,
        String recipient,
        String sender,
        String status,
        String errorCode,
        Instant receivedAt) {

    public static final String TYPE = "smsauto.sms.delivery-receipt.v1";
}
