package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One SMS a contact sent to one of our numbers, as the carrier delivered it; the value on
 * {@code sms.inbound}, keyed by {@code from}.
 *
 * @param id               {@link EventIds#inboundMessage}: the same for every delivery of one carrier message
 * @param from             the contact, E.164
 * @param to               the receiving number, E.164
 * @param multipart        set for one part of a concatenated SMS, null otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboundSms(
        String id,
        Carrier carrier,
        String carrierMessageId,
        String from,
        String to,
        String text,
        Instant receivedAt,
        Multipart multipart) {

    public static final String TYPE = "smsauto.sms.inbound.v1";
}
