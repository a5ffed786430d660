package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class VonageWebhookTest {

    private static final String PATH = "/webhooks/vonage/inbound";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> inbound;

    @BeforeEach
    void readInboundTopic() {
        kafka = new KafkaCompanion(bootstrapServers);
        inbound = kafka.consumeStrings().fromTopics(Topics.SMS_INBOUND);
    }

    @AfterEach
    void close() {
        inbound.stop();
        kafka.close();
    }

    @Test
    void formWebhookIsAcknowledgedOnceTheMessageIsOnTheTopic() throws Exception {
        String messageId = uniqueMessageId();

        given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("msisdn", "33612345678", "to", "33757000001", "messageId", messageId,
                        "text", "hello there", "type", "text", "message-timestamp", "2026-11-24 09:15:02"))
                .when().post(PATH)
                .then().statusCode(200);

        ConsumerRecord<String, String> record = awaitRecord(messageId);
        assertEquals("+33612345678", record.key());
        InboundSms sms = JSON.findAndRegisterModules().readValue(record.value(), InboundSms.class);
        assertEquals("+33612345678", sms.from());
        assertEquals("+33757000001", sms.to());
        assertEquals("hello there", sms.text());
        assertEquals("2026-11-24T09:15:02Z", sms.receivedAt().toString());
        assertEquals(InboundSms.TYPE, header(record, "ce_type"));
        assertEquals(sms.id(), header(record, "ce_id"));
    }

    @Test
    void queryStringAndJsonWebhooksAreAcceptedToo() {
        String viaGet = uniqueMessageId();
        String viaJson = uniqueMessageId();

        given().queryParams(Map.of("msisdn", "33612345678", "to", "33757000001", "messageId", viaGet, "text", "hi"))
                .when().get(PATH)
                .then().statusCode(200);
        given().contentType("application/json")
                .body(Map.of("msisdn", "33612345678", "to", "33757000001", "messageId", viaJson, "text", "hi"))
                .when().post(PATH)
                .then().statusCode(200);

        awaitRecord(viaGet);
        awaitRecord(viaJson);
    }

    @Test
    void missingMsisdnIsA400NamingTheFieldAndNothingIsStored() {
        String messageId = uniqueMessageId();

        given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("to", "33757000001", "messageId", messageId, "text", "hello"))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("msisdn"))
                .body("detail", containsString("msisdn"));

        assertNoRecordFor(messageId);
    }

    @Test
    void anUnparseableNumberIsA400NamingTheField() {
        given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("msisdn", "not-a-number", "to", "33757000001", "messageId", uniqueMessageId(),
                        "text", "hello"))
                .when().post(PATH)
                .then().statusCode(400)
                .body("violations.field", hasItem("msisdn"));
    }

    @Test
    void aBodyOver64KiBIsRefusedWith413() {
        given().contentType("application/x-www-form-urlencoded")
                .body("msisdn=33612345678&to=33757000001&messageId=x&text=" + "a".repeat(70 * 1024))
                .when().post(PATH)
                .then().statusCode(413);
    }

    private ConsumerRecord<String, String> awaitRecord(String messageId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> find(messageId), Optional::isPresent).orElseThrow();
    }

    private void assertNoRecordFor(String messageId) {
        String marker = uniqueMessageId();
        given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("msisdn", "33612345678", "to", "33757000001", "messageId", marker, "text", "x"))
                .when().post(PATH).then().statusCode(200);
        awaitRecord(marker); // anything sent before the marker has reached the topic by now
        assertTrue(find(messageId).isEmpty(), "a refused webhook reached Kafka");
    }

    private Optional<ConsumerRecord<String, String>> find(String messageId) {
        List<ConsumerRecord<String, String>> records = inbound.getRecords();
        return records.stream().filter(r -> r.value().contains("\"carrierMessageId\":\"" + messageId + "\"")).findFirst();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String uniqueMessageId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
    }

}
