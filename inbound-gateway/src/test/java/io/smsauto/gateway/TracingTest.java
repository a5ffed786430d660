package io.smsauto.gateway;

import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smsauto.gateway.support.InboundTopic;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.infra.EmbeddedInfraTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The trace of a message starts at its webhook and goes on in the sms.inbound record's traceparent header. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class TracingTest {

    private static final String CARRIER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theStoredRecordCarriesTheTraceOfItsWebhook() {
        String id = uniqueId();

        Webhooks.postVonage(vonageSms(uniqueSender(), id, "hello")).then().statusCode(200);

        try (InboundTopic topic = new InboundTopic(bootstrapServers)) {
            String traceparent = InboundTopic.header(topic.await(id), "traceparent");
            assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
            assertNotEquals("00000000000000000000000000000000", traceparent.substring(3, 35));
        }
    }

    @Test
    void aWebhookThatCameWithATraceKeepsItsTraceId() {
        String id = uniqueId();

        RestAssured.given().contentType(Webhooks.FORM_UTF8).header("traceparent", "00-" + CARRIER_TRACE + "-00f067aa0ba902b7-01")
                .body(Webhooks.form(Signing.vonage(vonageSms(uniqueSender(), id, "hello"))))
                .when().post(Webhooks.VONAGE).then().statusCode(200);

        try (InboundTopic topic = new InboundTopic(bootstrapServers)) {
            ConsumerRecord<String, String> record = topic.await(id);
            assertEquals(CARRIER_TRACE, InboundTopic.header(record, "traceparent").substring(3, 35));
        }
    }
}
