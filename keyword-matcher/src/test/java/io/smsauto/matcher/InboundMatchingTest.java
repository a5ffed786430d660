package io.smsauto.matcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.Automation;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.events.Trigger;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class InboundMatchingTest {

    private static final ObjectMapper JSON = EventJson.newMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> replies;
    private ConsumerTask<String, String> unsubscribes;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
        replies = kafka.consumeStrings().fromTopics(Topics.ACTIONS_SEND_REPLY);
        unsubscribes = kafka.consumeStrings().fromTopics(Topics.ACTIONS_UNSUBSCRIBE);
    }

    @AfterEach
    void close() {
        replies.stop();
        unsubscribes.stop();
        kafka.close();
    }

    @Test
    void aMatchingMessageEmitsTheRenderedReplyKeyedByTheContact() throws Exception {
        String keyword = "HELLO" + suffix();
        Automation automation = automation(keyword, "Hi {{from}}, {{args}}");
        publishAutomation(automation);
        awaitIndexed(keyword);
        InboundSms sms = inbound("+33612345678", keyword.toLowerCase() + " there");

        publish(sms);

        await().atMost(Duration.ofSeconds(20)).until(() -> !replies(sms.id()).isEmpty());

        ConsumerRecord<String, String> record = recordsFor(replies, sms.id()).get(0);
        ActionRequested reply = JSON.readValue(record.value(), ActionRequested.class);
        assertEquals("+33612345678", record.key());
        assertEquals("Hi +33612345678, there", reply.action().message());
        assertEquals(EventIds.action(sms.id(), automation.actions().get(0).id()), reply.eventId());
        assertEquals(reply.eventId(), header(record, "ce_id"));
        assertEquals("smsauto.action.send-reply.v1", header(record, "ce_type"));
    }

    @Test
    void stopOptsOutWithOneConfirmationAndNoAutomation() throws Exception {
        InboundSms sms = inbound("+33698765432", "Stop.");

        publish(sms);

        await().atMost(Duration.ofSeconds(20)).until(() -> !recordsFor(unsubscribes, sms.id()).isEmpty()
                && !recordsFor(replies, sms.id()).isEmpty());
        ActionRequested unsubscribe = JSON.readValue(recordsFor(unsubscribes, sms.id()).get(0).value(),
                ActionRequested.class);
        assertEquals(BuiltinKeyword.OPT_OUT, unsubscribe.builtin());
        assertNull(unsubscribe.automation());
        ActionRequested confirmation = JSON.readValue(recordsFor(replies, sms.id()).get(0).value(), ActionRequested.class);
        assertEquals(ActionType.SEND_REPLY, confirmation.action().type());
        assertEquals(BuiltinKeyword.OPT_OUT, confirmation.builtin());
    }

    /** The changelog reaches the matcher asynchronously: probe until the keyword fires. */
    private void awaitIndexed(String keyword) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            InboundSms probe = inbound("+33600000000", keyword);
            publish(probe);
            try {
                await().atMost(Duration.ofSeconds(3)).until(() -> !replies(probe.id()).isEmpty());
                return true;
            } catch (ConditionTimeoutException e) {
                return false;
            }
        });
    }

    private List<ActionRequested> replies(String messageId) {
        return recordsFor(replies, messageId).stream().map(r -> read(r.value())).toList();
    }

    private static List<ConsumerRecord<String, String>> recordsFor(ConsumerTask<String, String> task, String messageId) {
        return task.getRecords().stream().filter(r -> r.value().contains(messageId)).toList();
    }

    private static Automation automation(String keyword, String reply) {
        return new Automation(UUID.randomUUID().toString(), "Hello " + keyword, true, List.of("+33757000001"),
                new Trigger(List.of(keyword), MatchMode.FIRST_WORD),
                List.of(ActionSpec.reply(UUID.randomUUID().toString(), "Say hi", reply)), Instant.now(), Instant.now());
    }

    private static InboundSms inbound(String from, String text) {
        String carrierId = UUID.randomUUID().toString();
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId, from,
                "+33757000001", text, Instant.now(), null);
    }

    private void publishAutomation(Automation automation) throws Exception {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.AUTOMATIONS_CHANGELOG, automation.id(),
                JSON.writeValueAsString(automation))).awaitCompletion();
    }

    private void publish(InboundSms sms) throws Exception {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.SMS_INBOUND, sms.from(),
                JSON.writeValueAsString(sms))).awaitCompletion();
    }

    private static ActionRequested read(String json) {
        try {
            return JSON.readValue(json, ActionRequested.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z]", "X");
    }
}
