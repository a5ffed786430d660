package io.smsauto.gateway.messagemedia;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.gateway.webhook.RequiredFields;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * An inbound SMS as Sinch MessageMedia's reply webhook posts it. {@code reply_id} identifies this
 * message; {@code message_id} is the message it answers (shared by every reply to one campaign
 * SMS), so it only identifies a message that comes without a {@code reply_id}.
 */
public final class MessageMediaInbound {

    private MessageMediaInbound() {
    }

    /** @throws MalformedRequestException naming the first field that is missing or malformed */
    public static InboundSms toEvent(Map<String, String> params, Instant now) {
        RequiredFields fields = new RequiredFields(params);
        String from = fields.number("source_number");
        String to = fields.number("destination_number");
        String id = carrierMessageId(params, fields);
        String content = fields.present("content");
        String received = params.get("date_received");
        Instant receivedAt = received == null || received.isBlank() ? now : dateReceived(received);
        return new InboundSms(EventIds.inboundMessage(Carrier.MESSAGEMEDIA, id), Carrier.MESSAGEMEDIA, id,
                from, to, content, receivedAt, null);
    }

    private static String carrierMessageId(Map<String, String> params, RequiredFields fields) {
        String replyId = params.get("reply_id");
        if (replyId != null && !replyId.isBlank()) {
            return replyId.strip();
        }
        if (params.get("message_id") == null) {
            throw new MalformedRequestException("reply_id", "reply_id (or message_id) is required");
        }
        return fields.text("message_id");
    }

    private static Instant dateReceived(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException("date_received", "date_received must be an ISO-8601 date and time");
        }
    }
}
