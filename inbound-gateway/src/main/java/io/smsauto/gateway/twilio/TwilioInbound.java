package io.smsauto.gateway.twilio;

import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.gateway.webhook.RequiredFields;
import java.time.Instant;
import java.util.Map;

/**
 * An inbound SMS as Twilio's messaging webhook posts it. Twilio joins the segments of a long
 * message itself ({@code NumSegments} only says how many there were), and sends no reception time.
 */
public final class TwilioInbound {

    private TwilioInbound() {
    }

    /** @throws io.smsauto.conventions.rest.MalformedRequestException naming the first field missing or malformed */
    public static InboundSms toEvent(Map<String, String> params, Instant now) {
        RequiredFields fields = new RequiredFields(params);
        String from = fields.number("From");
        String to = fields.number("To");
        String messageSid = fields.text("MessageSid");
        String body = fields.present("Body");
        return new InboundSms(EventIds.inboundMessage(Carrier.TWILIO, messageSid), Carrier.TWILIO, messageSid,
                from, to, body, now, null);
    }
}
