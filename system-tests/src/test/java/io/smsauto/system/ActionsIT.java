package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each of the seven actions, fired by a real inbound webhook: its effect where it shows outside the
 * system (contact-service's API, the Vonage stand-in, the SMTP server, the URL target), and its
 * execution in automation-admin's history.
 */
class ActionsIT extends SystemTest {

    @Test
    void addToGroupMakesTheSenderAMemberOfTheList() {
        String keyword = Unique.keyword("JOIN");
        String business = Unique.number();
        String contact = Unique.number();
        String list = contacts.createList("VIP");
        String automation = admin.createServing(keyword, business, List.of(Actions.addToGroup(list)));

        carriers.vonage(contact, business, keyword.toLowerCase() + " please", Unique.id());

        await().atMost(Duration.ofSeconds(60)).until(() -> contacts.members(list).contains(contact));
        assertEquals(List.of(list), contacts.contact(contact).getList("lists.id"));
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "ADD_TO_GROUP", "added");
    }

    @Test
    void removeFromGroupTakesTheSenderOffTheList() {
        String keyword = Unique.keyword("LEAVE");
        String business = Unique.number();
        String contact = Unique.number();
        String list = contacts.createList("Newsletter");
        contacts.addMember(list, contact);
        String automation = admin.createServing(keyword, business, List.of(Actions.removeFromGroup(list)));

        carriers.vonage(contact, business, keyword, Unique.id());

        await().atMost(Duration.ofSeconds(60)).until(() -> !contacts.members(list).contains(contact));
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "REMOVE_FROM_GROUP", "removed");
    }

    @Test
    void sendReplySendsOneRenderedSmsFromTheNumberWrittenTo() {
        String keyword = Unique.keyword("INFO");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business,
                List.of(Actions.sendReply("Hi {{from}}, {{keyword}} noted: {{args}}")));

        carriers.vonage(contact, business, keyword.toLowerCase() + " table for two", Unique.id());

        String expected = "Hi " + contact + ", " + keyword + " noted: table for two";
        Map<String, String> reply = sms.awaitSent(contact, expected);
        assertEquals(business.substring(1), reply.get("from"));
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "SEND_REPLY", null);
        assertEquals(1, sms.to(contact).size());
    }

    @Test
    void aReplyWithCharactersOutsideGsm7IsSentAsUnicodeIntact() {
        String keyword = Unique.keyword("CAFE");
        String business = Unique.number();
        String contact = Unique.number();
        admin.createServing(keyword, business, List.of(Actions.sendReply("Merci ! Noté : {{args}} ☕")));

        carriers.vonage(contact, business, keyword + " crème brûlée 😀 ×2", Unique.id());

        Map<String, String> reply = sms.awaitSent(contact, "Merci ! Noté : crème brûlée 😀 ×2 ☕");
        assertEquals("unicode", reply.get("type"));
    }

    @Test
    void forwardToMobileSendsTheMessageToEachNumberFromATwilioWebhook() {
        String keyword = Unique.keyword("CALLME");
        String business = Unique.number();
        String contact = Unique.number();
        String manager = Unique.number();
        String assistant = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.forwardToMobile(manager, assistant)));

        carriers.twilio(Carriers.twilioSms(contact, business, keyword + " before noon", "SM" + Unique.id().replace("-", "")))
                .then().statusCode(200).contentType("text/xml");

        String expected = "Fwd from " + contact + " to " + business + ": " + keyword + " before noon";
        for (String recipient : List.of(manager, assistant)) {
            assertEquals(business.substring(1), sms.awaitSent(recipient, expected).get("from"));
        }
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "FORWARD_TO_MOBILE", null);
    }

    @Test
    void forwardToEmailMailsEachAddressFromAMessageMediaWebhook() {
        String keyword = Unique.keyword("QUOTE");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business,
                List.of(Actions.forwardToEmail("sales@shop.example", "boss@shop.example")));

        carriers.messageMedia(Carriers.messageMediaSms(contact, business, keyword + " for 3 chairs", Unique.id()))
                .then().statusCode(200);

        List<MimeMessage> mails = mail.awaitMails(contact, 2);
        assertEquals(Set.of("sales@shop.example", "boss@shop.example"),
                mails.stream().map(ReceivedMail::recipient).collect(Collectors.toSet()));
        for (MimeMessage mail : mails) {
            assertEquals("SMS from " + contact + " to " + business, ReceivedMail.subject(mail));
            assertTrue(ReceivedMail.plainText(mail).contains(keyword + " for 3 chairs"), ReceivedMail.plainText(mail));
            assertEquals(RunningSystem.MAIL_FROM, ReceivedMail.sender(mail));
        }
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "FORWARD_TO_EMAIL", null);
    }

    @Test
    void unsubscribeOptsTheSenderOut() {
        String keyword = Unique.keyword("NOMORE");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.unsubscribe()));

        carriers.vonage(contact, business, keyword, Unique.id());

        await().atMost(Duration.ofSeconds(60)).until(() -> contacts.optedOut(contact));
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "UNSUBSCRIBE", "opted-out");
    }

    @Test
    void forwardToUrlPostsTheParamsAsJsonWithTheHeaders() {
        String keyword = Unique.keyword("LEAD");
        String business = Unique.number();
        String contact = Unique.number();
        String path = "/crm/" + keyword.toLowerCase();
        String automation = admin.createServing(keyword, business, List.of(Actions.forwardToUrl("POST",
                running.urlTarget.baseUrl() + path,
                Map.of("X-Shop", "shop-42", "X-Keyword", "{{keyword}}"),
                Map.of("sender", "{{from}}", "said", "{{args}}"))));

        carriers.vonage(contact, business, keyword + " call me back", Unique.id());

        LoggedRequest call = awaitOneCall(postRequestedFor(urlPathEqualTo(path))
                .withRequestBody(matchingJsonPath("$.sender", equalTo(contact))));
        assertTrue(equalToJson("{\"sender\": \"" + contact + "\", \"said\": \"call me back\"}")
                .match(call.getBodyAsString()).isExactMatch(), call.getBodyAsString());
        assertEquals("shop-42", call.getHeader("X-Shop"));
        assertEquals(keyword, call.getHeader("X-Keyword"));
        assertTrue(call.getHeader("Content-Type").startsWith("application/json"), call.getHeader("Content-Type"));
        assertFalse(call.getHeader("X-Smsauto-Event-Id").isBlank());
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "FORWARD_TO_URL", null);
    }

    @Test
    void forwardToUrlPutsTheParamsInTheQueryStringOfAGet() {
        String keyword = Unique.keyword("TRACK");
        String business = Unique.number();
        String contact = Unique.number();
        String path = "/orders/" + keyword.toLowerCase();
        String automation = admin.createServing(keyword, business, List.of(Actions.forwardToUrl("GET",
                running.urlTarget.baseUrl() + path + "?source=sms",
                Map.of("Authorization", "Bearer crm-token"),
                Map.of("from", "{{from}}", "order", "{{args}}"))));

        carriers.vonage(contact, business, keyword + " A-1001 & co", Unique.id());

        LoggedRequest call = awaitOneCall(getRequestedFor(urlPathEqualTo(path)).withQueryParam("from", equalTo(contact)));
        assertEquals("A-1001 & co", call.queryParameter("order").firstValue());
        assertEquals("sms", call.queryParameter("source").firstValue());
        assertEquals("Bearer crm-token", call.getHeader("Authorization"));
        assertFalse(call.getHeader("X-Smsauto-Event-Id").isBlank());
        assertSucceeded(admin.awaitFinishedActions(automation, contact), "FORWARD_TO_URL", null);
    }

    private static LoggedRequest awaitOneCall(RequestPatternBuilder pattern) {
        List<LoggedRequest> calls = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> running.urlTarget.findAll(pattern), found -> !found.isEmpty());
        assertEquals(1, calls.size());
        return calls.get(0);
    }

    /** The execution lists the one action, of that type, SUCCEEDED (with that detail unless null). */
    static void assertSucceeded(List<Map<String, Object>> actions, String type, String detail) {
        assertEquals(1, actions.size(), actions.toString());
        Map<String, Object> action = actions.get(0);
        assertEquals(type, action.get("type"), action.toString());
        assertEquals("SUCCEEDED", action.get("status"), action.toString());
        if (detail != null) {
            assertEquals(detail, action.get("detail"), action.toString());
        }
    }
}
