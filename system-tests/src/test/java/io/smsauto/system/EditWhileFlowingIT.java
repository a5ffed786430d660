package io.smsauto.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An automation replaced (PUT) and patched (PATCH) while messages for it keep arriving: each message
 * fires exactly one version of it, old or new, and none is lost.
 */
class EditWhileFlowingIT extends SystemTest {

    private static final int MESSAGES = 60;


    @Test
    void everyMessageFiresTheOldOrTheNewVersionAndNoneIsLost() {
        String keyword = Unique.keyword("DEAL");
        String business = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply("version 1")));
        String actionId = admin.request().get("/api/v1/automations/" + automation)
                .then().statusCode(200).extract().path("actions[0].id");
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            senders.add(Unique.number());
        }

        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> flow = CompletableFuture.runAsync(() -> senders.forEach(sender -> {
            carriers.vonage(sender, business, keyword, Unique.id());
            sent.incrementAndGet();
        }));
        awaitSent(sent, MESSAGES / 3);
        admin.request().body(AdminApi.automation(keyword, business, List.of(Map.of(
                        "id", actionId, "name", "Reply", "type", "SEND_REPLY", "message", "version 2"))))
                .put("/api/v1/automations/" + automation).then().statusCode(200);
        awaitSent(sent, 2 * MESSAGES / 3);
        admin.request().contentType("application/merge-patch+json")
                .body(Map.of("actions", List.of(Map.of("id", actionId, "name", "Reply", "type", "SEND_REPLY",
                        "message", "version 3"))))
                .patch("/api/v1/automations/" + automation).then().statusCode(200);
        flow.join();

        Map<String, List<String>> replies = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(sms::textsByRecipient, texts -> senders.stream().allMatch(texts::containsKey));
        for (String sender : senders) {
            List<String> received = replies.get(sender);
            assertEquals(1, received.size(), sender + " got " + received);
            assertTrue(Set.of("version 1", "version 2", "version 3").contains(received.get(0)), received.toString());
        }
        assertEquals(senders.size(), senders.stream().filter(s -> admin.executionsFrom(automation, s).size() == 1).count());
        String late = Unique.number();
        carriers.vonage(late, business, keyword, Unique.id());
        assertEquals(business.substring(1), sms.awaitSent(late, "version 3").get("from"));
    }

    private static void awaitSent(AtomicInteger sent, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> sent.get() >= count);
    }
}
