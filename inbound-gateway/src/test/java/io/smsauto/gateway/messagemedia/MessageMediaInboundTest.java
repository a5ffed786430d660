package io.smsauto.gateway.messagemedia;

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

class MessageMediaInboundTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String REPLY_ID = "a175e797-2b54-468b-9850-41a3eab32f74";
    private static final String MESSAGE_ID = "877c19ef-fa2e-4cec-827a-e1df9b5509f7";

    private static Map<String, String> params() {
        return new HashMap<>(Map.of("message_id", MESSAGE_ID, "reply_id", REPLY_ID, "source_number", "+61491570157",
                "destination_number", "61491570156", "content", "Oui", "date_received", "2026-11-24T09:14:58.000Z"));
    }

    @Test
    void mapsTheReplyToTheEventIdentifiedByItsReplyId() {
        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.MESSAGEMEDIA, REPLY_ID), Carrier.MESSAGEMEDIA,
                        REPLY_ID, "+61491570157", "+61491570156", "Oui", Instant.parse("2026-11-24T09:14:58Z"), null),
                MessageMediaInbound.toEvent(params(), NOW));
    }

    @Test
    void twoRepliesToOneCampaignMessageAreTwoMessages() {
        Map<String, String> other = params();
        other.put("reply_id", "b175e797-2b54-468b-9850-41a3eab32f74");

        assertEquals(2, java.util.Set.of(MessageMediaInbound.toEvent(params(), NOW).id(),
                MessageMediaInbound.toEvent(other, NOW).id()).size());
    }

    @Test
    void withoutReplyIdTheMessageIdIdentifiesTheMessage() {
        Map<String, String> params = params();
        params.remove("reply_id");

        assertEquals(MESSAGE_ID, MessageMediaInbound.toEvent(params, NOW).carrierMessageId());
    }

    @Test
    void aDateReceivedWithAnOffsetIsReadAsTheSameInstant() {
        Map<String, String> params = params();
        params.put("date_received", "2026-11-24T20:14:58+11:00");

        assertEquals(Instant.parse("2026-11-24T09:14:58Z"), MessageMediaInbound.toEvent(params, NOW).receivedAt());
    }

    @Test
    void withoutDateReceivedTheMessageIsReceivedNow() {
        Map<String, String> params = params();
        params.remove("date_received");

        assertEquals(NOW, MessageMediaInbound.toEvent(params, NOW).receivedAt());
    }

    @ParameterizedTest
    @CsvSource({
            "source_number,      ''",
            "destination_number, abc",
            "date_received,      24/11/2026"})
    void aMalformedFieldIsNamed(String field, String value) {
        Map<String, String> params = params();
        params.put(field, value);

        assertEquals(field, assertThrows(MalformedRequestException.class,
                () -> MessageMediaInbound.toEvent(params, NOW)).field());
    }

    @Test
    void aMessageWithNeitherReplyIdNorMessageIdIsRefusedNamingReplyId() {
        Map<String, String> params = params();
        params.remove("reply_id");
        params.remove("message_id");

        assertEquals("reply_id", assertThrows(MalformedRequestException.class,
                () -> MessageMediaInbound.toEvent(params, NOW)).field());
    }

    @Test
    void aMissingContentIsNamed() {
        Map<String, String> params = params();
        params.remove("content");

        assertEquals("content", assertThrows(MalformedRequestException.class,
                () -> MessageMediaInbound.toEvent(params, NOW)).field());
    }
}
