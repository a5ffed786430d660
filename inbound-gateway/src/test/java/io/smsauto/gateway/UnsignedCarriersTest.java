package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2: signatures are checked only when the carrier's secret is configured. */
@QuarkusTest
@TestProfile(UnsignedCarriersTest.NoSecrets.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class UnsignedCarriersTest extends WithInboundTopic {

    public static class NoSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vonage.signature-secret", "", "twilio.auth-token", "", "messagemedia.signature-public-key", "");
        }
    }


    @Test
    void anUnsignedVonageWebhookIsAccepted() {
        String messageId = uniqueId();

        Webhooks.postForm(Webhooks.VONAGE, vonageSms(uniqueSender(), messageId, "hello")).then().statusCode(200);

        assertEquals(Carrier.VONAGE, topic.awaitEvent(messageId).carrier());
    }

    @Test
    void anUnsignedTwilioWebhookIsAccepted() {
        String sid = "SM" + uniqueId();

        Webhooks.postForm(Webhooks.TWILIO, Map.of("MessageSid", sid, "From", "+" + uniqueSender(),
                "To", "+" + Webhooks.RECEIVER, "Body", "hello")).then().statusCode(200);

        assertEquals(Carrier.TWILIO, topic.awaitEvent(sid).carrier());
    }

    @Test
    void anUnsignedMessageMediaWebhookIsAccepted() {
        String replyId = UUID.randomUUID().toString();

        given().contentType("application/json")
                .body(Map.of("reply_id", replyId, "source_number", "+" + uniqueSender(),
                        "destination_number", "+" + Webhooks.RECEIVER, "content", "hello"))
                .when().post(Webhooks.MESSAGEMEDIA).then().statusCode(200);

        assertEquals(Carrier.MESSAGEMEDIA, topic.awaitEvent(replyId).carrier());
    }
}
