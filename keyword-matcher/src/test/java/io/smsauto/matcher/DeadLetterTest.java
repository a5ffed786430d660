package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record the matcher cannot act on goes to {@code sms.inbound.dlq} with the reason, and its partition keeps flowing. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private MatcherKafka kafka;
    private ConsumerTask<String, String> deadLetters;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY);
        deadLetters = kafka.read(Topics.deadLetter(Topics.SMS_INBOUND), IsolationLevel.READ_COMMITTED);
    }

    @AfterEach
    void close() {
        deadLetters.stop();
        kafka.close();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheNextMessageOfItsPartitionIsMatched() {
        String from = sender();
        String garbage = "{not json " + UUID.randomUUID();
        InboundSms next = sms(from, "HELP");

        kafka.send(new ProducerRecord<>(Topics.SMS_INBOUND, from, garbage));
        kafka.publish(next);

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, next.id());
        ConsumerRecord<String, String> dead = awaitDeadLetter(garbage);
        assertEquals(from, dead.key());
        assertEquals(Topics.SMS_INBOUND, MatcherKafka.header(dead, "dead-letter-topic"));
        assertTrue(MatcherKafka.header(dead, "dead-letter-reason").startsWith("not an smsauto.sms.inbound.v1 body"),
                MatcherKafka.header(dead, "dead-letter-reason"));
        assertEquals(1, deadLetters.getRecords().stream().filter(r -> garbage.equals(r.value())).count());
    }

    @Test
    void aMessageWithoutSenderIsDeadLetteredNamingTheField() {
        InboundSms anonymous = new InboundSms(UUID.randomUUID().toString(), sms(sender(), "x").carrier(),
                UUID.randomUUID().toString(), null, Messages.TO, "HELP", null, null);
        String body = MatcherKafka.json(anonymous);

        kafka.send(new ProducerRecord<>(Topics.SMS_INBOUND, sender(), body));

        assertEquals("from is missing", MatcherKafka.header(awaitDeadLetter(body), "dead-letter-reason"));
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String value) {
        await().atMost(MatcherKafka.PATIENCE).until(() -> deadLetters.getRecords().stream()
                .anyMatch(r -> value.equals(r.value())));
        List<ConsumerRecord<String, String>> matching = deadLetters.getRecords().stream()
                .filter(r -> value.equals(r.value())).toList();
        return matching.get(0);
    }
}
