package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How carriers deliver: a long SMS in parts, and the same message more than once. */
class InboundDeliveryIT extends SystemTest {

    static final String HELP_REPLY = "Reply STOP to unsubscribe, START to subscribe again.";


    @Test
    void aMultipartSmsIsReassembledFromPartsInAnyOrderAndFiresOnce() {
        String keyword = Unique.keyword("BOOK");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply("Booked: {{args}}")));
        List<String> parts = List.of(keyword + " a table for four ", "on Friday at eight, by the window ", "if possible");
        String reference = Integer.toHexString(Unique.number().hashCode() & 0xff);

        // Vonage sends each part as a message of its own (its own messageId), by any of its transports
        carriers.vonageJson(part(contact, business, parts, 3, reference)).then().statusCode(200);
        carriers.vonageForm(part(contact, business, parts, 1, reference)).then().statusCode(200);
        carriers.vonageQuery(part(contact, business, parts, 2, reference)).then().statusCode(200);

        String text = String.join("", parts);
        sms.awaitSent(contact, "Booked: a table for four on Friday at eight, by the window if possible");
        admin.awaitFinishedActions(automation, contact);
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) admin.executionsFrom(automation, contact).get(0).get("message");
        assertEquals(text, message.get("text"));
        assertEquals(1, sms.to(contact).size());
    }

    @Test
    void aMessageDeliveredThreeTimesHasOneEffect() {
        String keyword = Unique.keyword("ORDER");
        String business = Unique.number();
        String contact = Unique.number();
        String path = "/orders/" + keyword.toLowerCase();
        String automation = admin.createServing(keyword, business, List.of(
                Actions.sendReply("Order received"),
                Actions.forwardToUrl("POST", running.urlTarget.baseUrl() + path, Map.of(), Map.of("from", "{{from}}"))));

        // a carrier retrying resends the same signed parameters, here by each transport Vonage has
        Map<String, String> delivery = Carriers.signedByVonage(Carriers.vonageSms(contact, business, keyword, Unique.id()));
        carriers.vonageForm(delivery).then().statusCode(200);
        carriers.vonageQuery(delivery).then().statusCode(200);
        carriers.vonageJson(delivery).then().statusCode(200);
        // the matcher handles one contact's messages in order: once HELP is answered, the three were matched
        // (the notifier keeps that order only as long as an event waits at most for the one before it)
        carriers.vonage(contact, business, "HELP", Unique.id());
        sms.awaitSent(contact, HELP_REPLY);
        sms.awaitSent(contact, "Order received");

        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"),
                admin.awaitFinishedActions(automation, contact).stream().map(a -> a.get("status")).toList());
        assertEquals(sorted(List.of("Order received", HELP_REPLY)), sorted(sms.textsTo(contact)));
        assertEquals(1, running.urlTarget.findAll(postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(matchingJsonPath("$.from", equalTo(contact)))).size());
        assertEquals(1, admin.executionsFrom(automation, contact).size());
    }

    @Test
    void twilioAndMessageMediaRetriesOfAMessageHaveOneEffect() {
        String keyword = Unique.keyword("RSVP");
        String business = Unique.number();
        String viaTwilio = Unique.number();
        String viaMessageMedia = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply("See you there")));

        Map<String, String> twilioSms = Carriers.twilioSms(viaTwilio, business, keyword, "SM" + Unique.id().replace("-", ""));
        String messageMediaSms = Carriers.messageMediaSms(viaMessageMedia, business, keyword, Unique.id());
        for (int delivery = 0; delivery < 2; delivery++) {
            carriers.twilio(twilioSms).then().statusCode(200);
            carriers.messageMedia(messageMediaSms).then().statusCode(200);
        }
        carriers.vonage(viaTwilio, business, "HELP", Unique.id());
        carriers.vonage(viaMessageMedia, business, "HELP", Unique.id());

        for (String contact : List.of(viaTwilio, viaMessageMedia)) {
            sms.awaitSent(contact, HELP_REPLY);
            sms.awaitSent(contact, "See you there");
            admin.awaitFinishedActions(automation, contact);
            assertEquals(sorted(List.of("See you there", HELP_REPLY)), sorted(sms.textsTo(contact)));
            assertEquals(1, admin.executionsFrom(automation, contact).size());
        }
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().toList();
    }

    private static Map<String, String> part(String from, String to, List<String> parts, int number, String reference) {
        Map<String, String> params = new LinkedHashMap<>(Carriers.vonageSms(from, to, parts.get(number - 1), Unique.id()));
        params.put("concat", "true");
        params.put("concat-ref", reference);
        params.put("concat-total", String.valueOf(parts.size()));
        params.put("concat-part", String.valueOf(number));
        return Carriers.signedByVonage(params);
    }
}
