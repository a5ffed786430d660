package io.smsauto.gateway.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioInboundTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Map<String, String> params() {
        return new HashMap<>(Map.of("MessageSid", "SM0123456789abcdef", "AccountSid", "AC01", "From", "+14155550100",
                "To", "+1 (415) 555-0199", "Body", "YES please", "NumSegments", "1", "NumMedia", "0"));
    }

    @Test
    void mapsTheFormToTheEventReceivedNow() {
        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.TWILIO, "SM0123456789abcdef"), Carrier.TWILIO,
                        "SM0123456789abcdef", "+14155550100", "+14155550199", "YES please", NOW, null),
                TwilioInbound.toEvent(params(), NOW));
    }

    @Test
    void aMessageOfSeveralSegmentsArrivesJoinedAndIsNotAMultipartPart() {
        Map<String, String> params = params();
        params.put("NumSegments", "3");

        assertEquals(null, TwilioInbound.toEvent(params, NOW).multipart());
    }

    @ParameterizedTest
    @CsvSource({"MessageSid", "From", "To", "Body"})
    void aRequiredFieldThatIsAbsentIsNamed(String field) {
        Map<String, String> params = params();
        params.remove(field);

        assertEquals(field, assertThrows(MalformedRequestException.class, () -> TwilioInbound.toEvent(params, NOW)).field());
    }

    @Test
    void aSenderThatIsNotAPhoneNumberIsNamed() {
        Map<String, String> params = params();
        params.put("From", "whatsapp:+14155550100");

        assertEquals("From", assertThrows(MalformedRequestException.class, () -> TwilioInbound.toEvent(params, NOW)).field());
    }
}
