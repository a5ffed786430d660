package io.smsauto.gateway.messagemedia;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class MessageMediaWebhookTest extends WithInboundTopic {

    private static final String REQUEST_LINE = "POST " + Webhooks.MESSAGEMEDIA + " HTTP/1.1";


    static String reply(String replyId, String source, String content) {
        return """
                {"callback_url":"https://example.com/cb","content":"%s","date_received":"2026-11-24T09:14:58.000Z",\
                "destination_number":"+%s","message_id":"%s","reply_id":"%s","source_number":"+%s",\
                "metadata":{"campaign":"rdv"},"vendor_account_id":{"vendor_id":"MessageMedia","account_id":"x"}}"""
                .formatted(content, Webhooks.RECEIVER, UUID.randomUUID(), replyId, source);
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Response post(String body, String date, String signature) {
        var request = given().contentType("application/json").header("Date", date);
        if (signature != null) {
            request.header(MessageMediaSignature.HEADER, signature);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).when().post(Webhooks.MESSAGEMEDIA);
    }

    private static Response postSigned(String body) {
        String date = httpDate(Instant.now());
        return post(body, date, Signing.messageMedia(REQUEST_LINE, date, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedReplyIsAnswered200OnceItIsOnTheTopicUnderItsReplyId() {
        String replyId = UUID.randomUUID().toString();
        String sender = uniqueSender();

        postSigned(reply(replyId, sender, "RDV oui 👍")).then().statusCode(200);

        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.MESSAGEMEDIA, replyId), Carrier.MESSAGEMEDIA,
                        replyId, "+" + sender, "+" + Webhooks.RECEIVER, "RDV oui 👍",
                        Instant.parse("2026-11-24T09:14:58Z"), null),
                topic.awaitEvent(replyId));
    }

    @Test
    void anUnsignedReplyIs401AndNothingIsStored() {
        String replyId = UUID.randomUUID().toString();
        String sender = uniqueSender();

        post(reply(replyId, sender, "hello"), httpDate(Instant.now()), null).then().statusCode(401);

        Webhooks.assertNothingStored(topic, replyId, sender);
    }

    @Test
    void aReplyChangedAfterSigningIs401() {
        String body = reply(UUID.randomUUID().toString(), uniqueSender(), "hello");
        String date = httpDate(Instant.now());
        String signature = Signing.messageMedia(REQUEST_LINE, date, body.getBytes(StandardCharsets.UTF_8));

        post(body.replace("hello", "HELLO"), date, signature).then().statusCode(401);
    }

    @Test
    void aReplySignedLongAgoIs401() {
        String body = reply(UUID.randomUUID().toString(), uniqueSender(), "hello");
        String date = httpDate(Instant.now().minusSeconds(600));

        post(body, date, Signing.messageMedia(REQUEST_LINE, date, body.getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(401);
    }

    @Test
    void aMissingSourceNumberIsA400NamingTheField() {
        String body = reply(UUID.randomUUID().toString(), uniqueSender(), "hello")
                .replaceAll("\"source_number\":\"[^\"]*\",", "");

        postSigned(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("source_number"));
    }

    @Test
    void aFormBodyIs415WithAProblemBody() {
        given().contentType(Webhooks.FORM_UTF8).body("content=hello").when().post(Webhooks.MESSAGEMEDIA)
                .then().statusCode(415).contentType("application/problem+json");
    }
}
