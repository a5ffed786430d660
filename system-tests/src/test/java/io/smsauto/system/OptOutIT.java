package io.smsauto.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** STOP opts a contact out and suppresses the automations' SMS to them; START lets them flow again. */
class OptOutIT extends SystemTest {

    static final String OPT_OUT_REPLY =
            "You are unsubscribed and will get no more messages from this number. Reply START to subscribe again.";
    static final String OPT_IN_REPLY = "You are subscribed again. Reply STOP to unsubscribe.";


    @Test
    void stopSuppressesRepliesUntilStart() {
        String keyword = Unique.keyword("PROMO");
        String business = Unique.number();
        String contact = Unique.number();
        String reply = "Your code is SAVE10";
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply(reply)));

        carriers.vonage(contact, business, "Stop.", Unique.id());
        await().atMost(Duration.ofSeconds(60)).until(() -> contacts.optedOut(contact));
        assertEquals(business.substring(1), sms.awaitSent(contact, OPT_OUT_REPLY).get("from"));

        carriers.vonage(contact, business, keyword, Unique.id());
        Map<String, Object> suppressed = admin.awaitFinishedActions(automation, contact).get(0);
        assertEquals("SKIPPED", suppressed.get("status"), suppressed.toString());
        assertEquals("opted-out", suppressed.get("detail"), suppressed.toString());
        assertFalse(sms.textsTo(contact).contains(reply), "an SMS reached a number that opted out");

        carriers.vonage(contact, business, "START", Unique.id());
        await().atMost(Duration.ofSeconds(60)).until(() -> !contacts.optedOut(contact));
        sms.awaitSent(contact, OPT_IN_REPLY);

        carriers.vonage(contact, business, keyword, Unique.id());
        sms.awaitSent(contact, reply);
        List<List<Map<String, Object>>> executions = admin.awaitFinishedExecutions(automation, contact, 2);
        assertEquals("SUCCEEDED", executions.get(0).get(0).get("status"), executions.toString());
        assertEquals(List.of(OPT_OUT_REPLY, OPT_IN_REPLY, reply), sms.textsTo(contact));
    }
}
