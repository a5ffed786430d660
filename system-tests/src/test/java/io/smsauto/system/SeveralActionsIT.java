package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One message firing an automation with several actions: every one of them takes effect, each once. */
class SeveralActionsIT extends SystemTest {

    @Test
    void everyActionOfTheAutomationTakesEffectOnce() {
        String keyword = Unique.keyword("VIP");
        String business = Unique.number();
        String contact = Unique.number();
        String manager = Unique.number();
        String joined = contacts.createList("VIP");
        String left = contacts.createList("Prospects");
        contacts.addMember(left, contact);
        String path = "/members/" + keyword.toLowerCase();
        String automation = admin.createServing(keyword, business, List.of(
                Actions.addToGroup(joined),
                Actions.removeFromGroup(left),
                Actions.sendReply("Welcome to {{automation}}"),
                Actions.forwardToMobile(manager),
                Actions.forwardToEmail("vip@shop.example"),
                Actions.forwardToUrl("PUT", running.urlTarget.baseUrl() + path, Map.of("X-List", "vip"),
                        Map.of("member", "{{from}}"))));

        carriers.vonage(contact, business, keyword + " me", Unique.id());

        List<Map<String, Object>> actions = admin.awaitFinishedActions(automation, contact);
        assertEquals(List.of("ADD_TO_GROUP", "REMOVE_FROM_GROUP", "SEND_REPLY", "FORWARD_TO_MOBILE",
                "FORWARD_TO_EMAIL", "FORWARD_TO_URL"), actions.stream().map(a -> a.get("type")).toList());
        assertEquals(List.of("SUCCEEDED"), actions.stream().map(a -> a.get("status")).distinct().toList(),
                actions.toString());
        assertEquals(List.of("Welcome to Automation " + keyword), sms.textsTo(contact));
        // the manager also gets the forwards of the probes that showed the automation was served
        assertEquals(List.of("Fwd from " + contact + " to " + business + ": " + keyword + " me"),
                sms.textsTo(manager).stream().filter(text -> text.contains(contact)).toList());
        assertEquals(1, mail.awaitMails(contact, 1).size());
        assertEquals(1, running.urlTarget.findAll(putRequestedFor(urlPathEqualTo(path))
                .withHeader("X-List", equalTo("vip")).withRequestBody(matchingJsonPath("$.member", equalTo(contact)))).size());
        assertEquals(List.of(joined), contacts.contact(contact).getList("lists.id"));
    }
}
