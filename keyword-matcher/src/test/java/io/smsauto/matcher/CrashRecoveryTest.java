package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.part;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static io.smsauto.matcher.Messages.wholeMessageId;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.matcher.CrashBeforeCommit.SimulatedCrash;
import io.smsauto.matcher.messaging.InboundSessions;
import io.smsauto.matcher.messaging.InboundSettings;
import io.smsauto.matcher.messaging.KafkaClients;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Restarts mid-stream. Each test runs inbound sessions of its own — its own input, state and
 * dead-letter topics, consumer group and transactional id, standing in for the service's — one
 * after the other, as a replica that dies or stops and the one that takes over. They match with the
 * service's automations and write to the real action topics.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class CrashRecoveryTest {

    private static final int PARTITIONS = 2;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    InboundSessions sessions;

    private MatcherKafka kafka;
    private InboundSettings settings;
    private String keyword;

    @BeforeEach
    void setUp() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY);
        String run = "restart-" + UUID.randomUUID();
        settings = new InboundSettings(bootstrapServers, run + ".in", run + ".state", run + ".dlq", run, run,
                Duration.ofSeconds(10), "none", 500, Duration.ofHours(48), Duration.ofMinutes(5),
                Duration.ofSeconds(10));
        kafka.companion().topics().create(List.of(
                new NewTopic(settings.inputTopic(), PARTITIONS, (short) 1),
                new NewTopic(settings.stateTopic(), PARTITIONS, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
                new NewTopic(settings.deadLetterTopic(), PARTITIONS, (short) 1)));
        keyword = kafka.echoingKeyword();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aCrashBeforeCommitShowsNoEventAndTheMessageFiresOnceAfterTheRestart() throws Exception {
        InboundSms sms = sms(sender(), keyword);
        ConsumerTask<String, String> uncommitted = kafka.read(Topics.ACTIONS_SEND_REPLY, IsolationLevel.READ_UNCOMMITTED);
        kafka.publish(settings.inputTopic(), sms);

        RunningSession crashing = new RunningSession(sessions.open(settings, new CrashBeforeCommit(settings)));

        assertInstanceOf(SimulatedCrash.class, crashing.awaitFailure());
        await().atMost(MatcherKafka.PATIENCE).until(() -> repliesTo(uncommitted, sms).size() == 1);
        assertEquals(List.of(), kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()));

        try (RunningSession restarted = open()) {
            kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
            awaitHandledBefore(sms.from());
        }

        assertEquals(1, kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()).size());
        List<ConsumerRecord<String, String>> written = repliesTo(uncommitted, sms);
        assertEquals(2, written.size(), "the aborted reply and the committed one");
        assertEquals(MatcherKafka.header(written.get(0), "ce_id"), MatcherKafka.header(written.get(1), "ce_id"));
        uncommitted.stop();
    }

    @Test
    void aMessageDeliveredAgainAfterARestartFiresNothing() throws Exception {
        InboundSms sms = sms(sender(), keyword);
        kafka.publish(settings.inputTopic(), sms);
        try (RunningSession before = open()) {
            kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
        }

        kafka.publish(settings.inputTopic(), sms);
        try (RunningSession after = open()) {
            awaitHandledBefore(sms.from());
        }

        assertEquals(1, kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()).size());
    }

    @Test
    void aPartReceivedBeforeARestartIsReassembledAfterIt() throws Exception {
        String from = sender();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ConsumerTask<String, String> state = kafka.read(settings.stateTopic(), IsolationLevel.READ_COMMITTED);
        kafka.publish(settings.inputTopic(), part(from, first, "12", 2, 1, "hello I would like "));
        try (RunningSession before = open()) {
            await().atMost(MatcherKafka.PATIENCE).until(() -> state.getRecords().stream()
                    .anyMatch(r -> r.key().startsWith("parts|") && r.key().contains(from)));
        }
        state.stop();

        kafka.publish(settings.inputTopic(), part(from, second, "12", 2, 2, keyword + " please"));
        try (RunningSession after = open()) {
            assertEquals("Got hello I would like " + keyword + " please", kafka
                    .awaitEvent(Topics.ACTIONS_SEND_REPLY, wholeMessageId(first, second)).at("/action/message").asText());
        }
    }

    private RunningSession open() {
        return new RunningSession(sessions.open(settings, new KafkaProducer<>(KafkaClients.producerConfig(settings),
                new StringSerializer(), new ByteArraySerializer())));
    }

    /** As {@link MatcherKafka#awaitHandledBefore}, on this test's input topic. */
    private void awaitHandledBefore(String from) {
        InboundSms sentinel = sms(from, keyword + " again");
        kafka.publish(settings.inputTopic(), sentinel);
        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sentinel.id());
    }

    private static List<ConsumerRecord<String, String>> repliesTo(ConsumerTask<String, String> task, InboundSms sms) {
        return task.getRecords().stream()
                .filter(r -> sms.id().equals(MatcherKafka.tree(r.value()).at("/message/id").asText())).toList();
    }
}
