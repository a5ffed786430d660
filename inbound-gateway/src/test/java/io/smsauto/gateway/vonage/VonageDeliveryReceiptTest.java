package io.smsauto.gateway.vonage;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.postForm;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.Carrier;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.EventIds;
import io.smsauto.events.Topics;
import io.smsauto.gateway.support.GatewayMetrics;
import io.smsauto.gateway.support.InboundTopic;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class VonageDeliveryReceiptTest {

    private static final String PATH = "/webhooks/vonage/delivery-receipt";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> receipts;

    @BeforeEach
    void readReceipts() {
        kafka = new KafkaCompanion(bootstrapServers);
        receipts = kafka.consumeStrings().fromTopics(Topics.SMS_DELIVERY_RECEIPTS);
    }

    @AfterEach
    void stopReading() {
        receipts.stop();
        kafka.close();
    }

    @Test
    void aSignedReceiptIsAnswered200OnceItIsOnTheTopic() {
        String recipient = uniqueSender();
        String messageId = uniqueId();
        Instant before = Instant.now();

        post(receipt(recipient, messageId, "delivered", "event-42")).then().statusCode(200).body(emptyString());

        ConsumerRecord<String, String> record = await(messageId).get(0);
        DeliveryReceipt receipt = event(record);
        assertEquals("+" + recipient, record.key());
        assertEquals(new DeliveryReceipt(EventIds.deliveryReceipt(Carrier.VONAGE, messageId, "delivered"), Carrier.VONAGE,
                messageId, "event-42", "+" + recipient, Webhooks.RECEIVER, "delivered", "0", receipt.receivedAt()), receipt);
        assertTrue(!receipt.receivedAt().isBefore(before.minusSeconds(1)), receipt.receivedAt().toString());
        assertEquals(DeliveryReceipt.TYPE, InboundTopic.header(record, "ce_type"));
        assertEquals(receipt.id(), InboundTopic.header(record, "ce_id"));
    }

    @Test
    void queryStringAndJsonReceiptsAreAcceptedToo() {
        String viaGet = uniqueId();
        String viaJson = uniqueId();

        given().queryParams(Signing.vonage(receipt(uniqueSender(), viaGet, "accepted", "a"))).when().get(PATH)
                .then().statusCode(200);
        given().contentType("application/json").body(Signing.vonage(receipt(uniqueSender(), viaJson, "failed", "b")))
                .when().post(PATH).then().statusCode(200);

        assertEquals("accepted", event(await(viaGet).get(0)).status());
        assertEquals("failed", event(await(viaJson).get(0)).status());
    }

    @Test
    void aReceiptWithoutClientRefIsStoredWithoutOne() {
        String messageId = uniqueId();
        Map<String, String> params = receipt(uniqueSender(), messageId, "DELIVERED", null);

        post(params).then().statusCode(200);

        DeliveryReceipt receipt = event(await(messageId).get(0));
        assertNull(receipt.clientRef());
        assertEquals("delivered", receipt.status());
    }

    @Test
    void aReceiptDeliveredAgainCarriesTheSameIdAndAnotherStatusAnotherId() {
        String messageId = uniqueId();
        String recipient = uniqueSender();

        post(receipt(recipient, messageId, "accepted", "e")).then().statusCode(200);
        post(receipt(recipient, messageId, "accepted", "e")).then().statusCode(200);
        post(receipt(recipient, messageId, "delivered", "e")).then().statusCode(200);

        List<String> ids = await(messageId, 3).stream().map(r -> InboundTopic.header(r, "ce_id")).toList();
        assertEquals(ids.get(0), ids.get(1));
        assertTrue(!ids.get(0).equals(ids.get(2)), ids.toString());
    }

    @Test
    void eachStoredReceiptIsCountedByItsStatus() {
        double before = GatewayMetrics.deliveryReceipts("vonage", "expired");

        post(receipt(uniqueSender(), uniqueId(), "expired", "e")).then().statusCode(200);
        post(receipt(uniqueSender(), uniqueId(), "teleported", "e")).then().statusCode(400);

        assertEquals(before + 1, GatewayMetrics.deliveryReceipts("vonage", "expired"));
    }

    @Test
    void anUnsignedReceiptIs401AndNothingIsStored() {
        String messageId = uniqueId();
        Map<String, String> params = receipt(uniqueSender(), messageId, "delivered", "e");
        params.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));

        postForm(PATH, params).then().statusCode(401).contentType("application/problem+json");

        assertNothingStored(messageId);
    }

    @Test
    void anUnknownStatusIsA400NamingTheField() {
        String messageId = uniqueId();

        post(receipt(uniqueSender(), messageId, "teleported", "e")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"))
                .body("detail", containsString("delivered"));

        assertNothingStored(messageId);
    }

    @Test
    void aMissingOrMalformedFieldIsA400NamingIt() {
        for (String field : List.of("msisdn", "messageId", "status", "to")) {
            Map<String, String> params = receipt(uniqueSender(), uniqueId(), "delivered", "e");
            params.remove(field);
            post(params).then().statusCode(400).body("violations.field", hasItem(field));
        }
        post(receipt("not-a-number", uniqueId(), "delivered", "e")).then().statusCode(400)
                .body("violations.field", hasItem("msisdn"));
        post(receipt(uniqueSender(), uniqueId(), "delivered", "r".repeat(101))).then().statusCode(400)
                .body("violations.field", hasItem("client-ref"));
    }

    /** A receipt as Vonage sends it, unsigned; {@code clientRef} null for an SMS sent without one. */
    private static Map<String, String> receipt(String recipient, String messageId, String status, String clientRef) {
        Map<String, String> params = new HashMap<>(Map.of("msisdn", recipient, "to", Webhooks.RECEIVER,
                "network-code", "20801", "messageId", messageId, "price", "0.03330000", "status", status,
                "scts", "2611240915", "err-code", "0", "api-key", "abcd1234", "message-timestamp", "2026-11-24 09:15:09"));
        if (clientRef != null) {
            params.put("client-ref", clientRef);
        }
        return params;
    }

    private static Response post(Map<String, String> params) {
        return postForm(PATH, Signing.vonage(params));
    }

    private List<ConsumerRecord<String, String>> recordsOf(String messageId) {
        String marker = "\"carrierMessageId\":\"" + messageId + "\"";
        return receipts.getRecords().stream().filter(r -> r.value().contains(marker)).toList();
    }

    private List<ConsumerRecord<String, String>> await(String messageId) {
        return await(messageId, 1);
    }

    private List<ConsumerRecord<String, String>> await(String messageId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(messageId), r -> r.size() >= count);
    }

    /** A refused receipt never reaches the topic: one accepted after it does, and it is not there. */
    private void assertNothingStored(String messageId) {
        String marker = uniqueId();
        post(receipt(uniqueSender(), marker, "delivered", "marker")).then().statusCode(200);
        await(marker);
        assertEquals(List.of(), recordsOf(messageId), "a refused receipt reached Kafka");
    }

    private static DeliveryReceipt event(ConsumerRecord<String, String> record) {
        try {
            return JSON.readValue(record.value(), DeliveryReceipt.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
