package io.smsauto.gateway.vonage;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import io.smsauto.gateway.webhook.RequiredFields;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * An inbound SMS as Vonage's SMS API delivers it (the same parameters as a query string, a form
 * body or a JSON body), checked and turned into our event.
 */
public final class VonageInbound {

    private static final DateTimeFormatter MESSAGE_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_PARTS = 255;

    private VonageInbound() {
    }

    /** @throws MalformedRequestException naming the first field that is missing or malformed */
    public static InboundSms toEvent(Map<String, String> params, Instant now) {
        RequiredFields fields = new RequiredFields(params);
        String from = fields.number("msisdn");
        String to = fields.number("to");
        String messageId = fields.text("messageId");
        String text = fields.present("text");
        Instant receivedAt = params.containsKey("message-timestamp") ? timestamp(params.get("message-timestamp")) : now;
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, messageId), Carrier.VONAGE, messageId,
                from, to, text, receivedAt, multipart(fields, params));
    }

    private static Multipart multipart(RequiredFields fields, Map<String, String> params) {
        if (!"true".equalsIgnoreCase(params.get("concat"))) {
            return null;
        }
        String reference = fields.text("concat-ref");
        int total = count(fields, "concat-total");
        int part = count(fields, "concat-part");
        if (part > total) {
            throw new MalformedRequestException("concat-part", "concat-part is greater than concat-total");
        }
        return new Multipart(reference, total, part);
    }

    private static int count(RequiredFields fields, String field) {
        try {
            int value = Integer.parseInt(fields.text(field));
            if (value >= 1 && value <= MAX_PARTS) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other out-of-range value
        }
        throw new MalformedRequestException(field, field + " must be a number from 1 to " + MAX_PARTS);
    }

    private static Instant timestamp(String value) {
        try {
            return LocalDateTime.parse(value.strip(), MESSAGE_TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException("message-timestamp", "message-timestamp must be yyyy-MM-dd HH:mm:ss (UTC)");
        }
    }
}
