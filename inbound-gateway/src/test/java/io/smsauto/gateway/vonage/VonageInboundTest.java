package io.smsauto.gateway.vonage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VonageInboundTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private static Map<String, String> params() {
        return new HashMap<>(Map.of("msisdn", "33612345678", "to", "0033 7 57 00 00 01", "messageId", "0A00001",
                "text", "Oui", "message-timestamp", "2026-11-24 09:15:02"));
    }

    @Test
    void mapsTheParametersToTheEventWithNumbersInE164() {
        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, "0A00001"), Carrier.VONAGE, "0A00001",
                        "+33612345678", "+33757000001", "Oui", Instant.parse("2026-11-24T09:15:02Z"), null),
                VonageInbound.toEvent(params(), NOW));
    }

    @Test
    void withoutMessageTimestampTheMessageIsReceivedNow() {
        Map<String, String> params = params();
        params.remove("message-timestamp");

        assertEquals(NOW, VonageInbound.toEvent(params, NOW).receivedAt());
    }

    @Test
    void anEmptyTextIsAMessageToo() {
        Map<String, String> params = params();
        params.put("text", "");

        assertEquals("", VonageInbound.toEvent(params, NOW).text());
    }

    @Test
    void carriesTheMultipartFieldsOfAConcatenatedPart() {
        Map<String, String> params = params();
        params.putAll(Map.of("concat", "true", "concat-ref", "7", "concat-total", "3", "concat-part", "1"));

        assertEquals(new Multipart("7", 3, 1), VonageInbound.toEvent(params, NOW).multipart());
    }

    @Test
    void aMessageThatIsNotConcatenatedHasNoMultipart() {
        Map<String, String> params = params();
        params.put("concat", "false");

        assertNull(VonageInbound.toEvent(params, NOW).multipart());
    }

    @ParameterizedTest
    @CsvSource({
            "msisdn,            ''",
            "msisdn,            12ab",
            "to,                +0612",
            "messageId,         ' '",
            "message-timestamp, 2026-11-24T09:15:02Z"})
    void aMissingOrMalformedFieldIsNamed(String field, String value) {
        Map<String, String> params = params();
        params.put(field, value);

        assertEquals(field, assertThrows(MalformedRequestException.class, () -> VonageInbound.toEvent(params, NOW)).field());
    }

    @ParameterizedTest
    @CsvSource({"msisdn", "to", "messageId", "text"})
    void aRequiredFieldThatIsAbsentIsNamed(String field) {
        Map<String, String> params = params();
        params.remove(field);

        assertEquals(field, assertThrows(MalformedRequestException.class, () -> VonageInbound.toEvent(params, NOW)).field());
    }

    @ParameterizedTest
    @CsvSource({
            "concat-total, x,   concat-total",
            "concat-total, 0,   concat-total",
            "concat-part,  999, concat-part",
            "concat-part,  4,   concat-part",
            "concat-ref,   '',  concat-ref"})
    void aMalformedMultipartFieldIsNamed(String field, String value, String named) {
        Map<String, String> params = params();
        params.putAll(Map.of("concat", "true", "concat-ref", "7", "concat-total", "3", "concat-part", "1"));
        params.put(field, value);

        assertEquals(named, assertThrows(MalformedRequestException.class, () -> VonageInbound.toEvent(params, NOW)).field());
    }
}
