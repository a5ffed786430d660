package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reply whose outcome the notifier cannot know — Vonage took it but answered after the notifier's
 * 10 s timeout — is reported FAILED outcome-unknown and never sent again; Vonage's delivery receipt,
 * through the gateway, then settles it as SUCCEEDED in the execution history.
 */
class DeliveryReceiptIT extends SystemTest {

    /** Longer than notifier-service's {@code vonage.timeout} (10 s). */
    private static final int LATE_ANSWER_MS = 15_000;

    @Test
    void aReplyVonageAnsweredTooLateIsSettledByItsDeliveryReceipt() {
        String keyword = Unique.keyword("LATE");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply("Thanks {{from}}")));
        StubMapping late = running.vonage.stubFor(post(urlPathEqualTo("/sms/json")).atPriority(1)
                .withRequestBody(containing("to=" + contact.substring(1)))
                .willReturn(okJson("""
                        {"message-count": "1", "messages": [{"to": "%s", "message-id": "0C0000000000LATE",
                         "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "20801"}]}
                        """.formatted(contact.substring(1))).withFixedDelay(LATE_ANSWER_MS)));
        try {
            carriers.vonage(contact, business, keyword, Unique.id());

            Map<String, Object> unknown = admin.awaitFinishedActions(automation, contact).get(0);
            assertEquals("FAILED", unknown.get("status"), unknown.toString());
            assertTrue(String.valueOf(unknown.get("detail")).startsWith("outcome-unknown"), unknown.toString());
            List<Map<String, String>> sent = sms.to(contact);
            assertEquals(1, sent.size(), sent.toString());

            carriers.vonageReceipt(Carriers.signedByVonage(Carriers.vonageReceipt(contact, business, "0C0000000000LATE",
                    "delivered", sent.get(0).get("client-ref")))).then().statusCode(200);

            Map<String, Object> settled = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> admin.awaitFinishedActions(automation, contact).get(0),
                            action -> "SUCCEEDED".equals(action.get("status")));
            assertTrue(String.valueOf(settled.get("detail")).contains("delivery receipt"), settled.toString());
            assertEquals(1, sms.to(contact).size(), "the reply was sent again");
        } finally {
            running.vonage.removeStub(late);
        }
    }
}
