package io.smsauto.gateway.vonage;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.postForm;
import static io.smsauto.gateway.support.Webhooks.postVonage;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.conventions.carrier.VonageSigner;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import io.smsauto.gateway.support.InboundTopic;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class VonageWebhookTest extends WithInboundTopic {


    @Test
    void aSignedFormWebhookIsAnswered200OnceTheMessageIsOnTheTopic() {
        String sender = uniqueSender();
        String messageId = uniqueId();
        Map<String, String> params = vonageSms(sender, messageId, "hello there");
        params.put("message-timestamp", "2026-11-24 09:15:02");

        postVonage(params).then().statusCode(200).body(emptyString());

        ConsumerRecord<String, String> record = topic.await(messageId);
        InboundSms sms = InboundTopic.event(record);
        assertEquals("+" + sender, record.key());
        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, messageId), Carrier.VONAGE, messageId,
                "+" + sender, "+" + Webhooks.RECEIVER, "hello there", Instant.parse("2026-11-24T09:15:02Z"), null), sms);
        assertEquals(InboundSms.TYPE, InboundTopic.header(record, "ce_type"));
        assertEquals(sms.id(), InboundTopic.header(record, "ce_id"));
    }

    @Test
    void signedQueryStringAndJsonWebhooksAreAcceptedToo() {
        String viaGet = uniqueId();
        String viaJson = uniqueId();

        given().queryParams(Signing.vonage(vonageSms(uniqueSender(), viaGet, "hi"))).when().get(Webhooks.VONAGE)
                .then().statusCode(200);
        given().contentType("application/json").body(Signing.vonage(vonageSms(uniqueSender(), viaJson, "hi")))
                .when().post(Webhooks.VONAGE)
                .then().statusCode(200);

        topic.await(viaGet);
        topic.await(viaJson);
    }

    @Test
    void theTextKeepsItsUnicodeCharacters() {
        String messageId = uniqueId();

        postVonage(vonageSms(uniqueSender(), messageId, "Désinscription ! 👍🏽 ｏｕｉ")).then().statusCode(200);

        assertEquals("Désinscription ! 👍🏽 ｏｕｉ", topic.awaitEvent(messageId).text());
    }

    @Test
    void thePartsOfAConcatenatedMessageCarryTheirMultipartFields() {
        String messageId = uniqueId();
        Map<String, String> params = vonageSms(uniqueSender(), messageId, "second half");
        params.putAll(Map.of("concat", "true", "concat-ref", "42", "concat-total", "2", "concat-part", "2"));

        postVonage(params).then().statusCode(200);

        assertEquals(new Multipart("42", 2, 2), topic.awaitEvent(messageId).multipart());
    }

    @Test
    void aCarrierRetryIsAnswered200AndCarriesTheSameEventId() {
        Map<String, String> params = vonageSms(uniqueSender(), uniqueId(), "again");

        postVonage(params).then().statusCode(200);
        postVonage(params).then().statusCode(200);

        String id = EventIds.inboundMessage(Carrier.VONAGE, params.get("messageId"));
        topic.await(params.get("messageId"), 2).forEach(record -> assertEquals(id, InboundTopic.header(record, "ce_id")));
    }

    @Test
    void aWebhookWithoutSigIs401AndNothingIsStored() {
        String sender = uniqueSender();
        String messageId = uniqueId();
        Map<String, String> params = vonageSms(sender, messageId, "hello");
        params.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));

        postForm(Webhooks.VONAGE, params).then().statusCode(401).contentType("application/problem+json");

        Webhooks.assertNothingStored(topic, messageId, sender);
    }

    @Test
    void aSigThatDoesNotMatchIs401() {
        Map<String, String> params = Signing.vonage(vonageSms(uniqueSender(), uniqueId(), "hello"));
        params.put("text", "hello, changed on the way");

        postForm(Webhooks.VONAGE, params).then().statusCode(401);
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIs401EvenWithAMatchingSig() {
        Map<String, String> params = new HashMap<>(vonageSms(uniqueSender(), uniqueId(), "hello"));
        params.put("timestamp", String.valueOf(Instant.now().minusSeconds(6 * 60).getEpochSecond()));
        params.put("sig", new VonageSignature(Signing.VONAGE_SECRET, VonageSigner.Method.MD5HASH).sign(params));

        postForm(Webhooks.VONAGE, params).then().statusCode(401);
    }

    @Test
    void missingMsisdnIsA400NamingTheFieldAndNothingIsStored() {
        String messageId = uniqueId();
        Map<String, String> params = vonageSms(uniqueSender(), messageId, "hello");
        params.remove("msisdn");

        postVonage(params).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("msisdn"))
                .body("detail", containsString("msisdn"));

        Webhooks.assertNothingStored(topic, messageId, uniqueSender());
    }

    @Test
    void aSenderThatIsNotAPhoneNumberIsA400NamingTheField() {
        postVonage(vonageSms("not-a-number", uniqueId(), "hello")).then().statusCode(400)
                .body("violations.field", hasItem("msisdn"));
    }

    @Test
    void aConcatPartThatIsNotANumberIsA400NamingTheField() {
        Map<String, String> params = vonageSms(uniqueSender(), uniqueId(), "part");
        params.putAll(Map.of("concat", "true", "concat-ref", "42", "concat-total", "2", "concat-part", "two"));

        postVonage(params).then().statusCode(400).body("violations.field", hasItem("concat-part"));
    }

    @Test
    void aTimestampThatIsNotANumberIsA400NamingTheField() {
        Map<String, String> params = vonageSms(uniqueSender(), uniqueId(), "hello");
        params.put("timestamp", "soon");
        params.put("sig", "0".repeat(32));

        postForm(Webhooks.VONAGE, params).then().statusCode(400).body("violations.field", hasItem("timestamp"));
    }
}
