package io.smsauto.matcher;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.Automation;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The broker as the tests use it: publish what the matcher reads, and read what it writes as its
 * downstream consumers do — committed records only — from the beginning of each watched topic.
 */
final class MatcherKafka implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration PROBE_PATIENCE = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = EventJson.newMapper();

    private final KafkaCompanion kafka;
    private final Map<String, ConsumerTask<String, String>> watched = new LinkedHashMap<>();

    /** Watches {@code topics} and {@code automations.triggered}, which tells when an automation fires. */
    MatcherKafka(String bootstrapServers, String... topics) {
        kafka = new KafkaCompanion(bootstrapServers);
        watch(Topics.AUTOMATIONS_TRIGGERED);
        for (String topic : topics) {
            watch(topic);
        }
    }

    private void watch(String topic) {
        watched.computeIfAbsent(topic, t -> read(t, IsolationLevel.READ_COMMITTED));
    }

    /** Reads {@code topic} from its beginning on, for as long as the task is not stopped. */
    ConsumerTask<String, String> read(String topic, IsolationLevel isolation) {
        return kafka.consumeStrings().withIsolationLevel(isolation).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic);
    }

    KafkaCompanion companion() {
        return kafka;
    }

    void publish(Automation automation) {
        send(new ProducerRecord<>(Topics.AUTOMATIONS_CHANGELOG, automation.id(), json(automation)));
    }

    void delete(Automation automation) {
        send(new ProducerRecord<>(Topics.AUTOMATIONS_CHANGELOG, automation.id(), null));
    }

    void publish(InboundSms sms) {
        publish(Topics.SMS_INBOUND, sms);
    }

    /** As the gateway writes it: with the trace context of its webhook. */
    void publish(InboundSms sms, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SMS_INBOUND, sms.from(), json(sms));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    void publish(String topic, InboundSms sms) {
        send(new ProducerRecord<>(topic, sms.from(), json(sms)));
    }

    void send(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(record).awaitCompletion(PATIENCE);
    }

    /** The records of a watched topic about the inbound message {@code messageId}, in order. */
    List<ConsumerRecord<String, String>> records(String topic, String messageId) {
        List<ConsumerRecord<String, String>> about = new ArrayList<>();
        for (ConsumerRecord<String, String> record : watched.get(topic).getRecords()) {
            if (record.value() != null && messageId.equals(tree(record.value()).at("/message/id").asText())) {
                about.add(record);
            }
        }
        return about;
    }

    /** The bodies of {@link #records}. */
    List<JsonNode> events(String topic, String messageId) {
        return records(topic, messageId).stream().map(r -> tree(r.value())).toList();
    }

    /** The first event about {@code messageId} on {@code topic}, once there is one. */
    JsonNode awaitEvent(String topic, String messageId) {
        return awaitEvents(topic, messageId, 1).get(0);
    }

    /** The events about {@code messageId} on {@code topic}, once there are at least {@code count}. */
    List<JsonNode> awaitEvents(String topic, String messageId, int count) {
        await().atMost(PATIENCE).until(() -> records(topic, messageId).size() >= count);
        return events(topic, messageId);
    }

    /**
     * Once this returns, every message {@code from} sent before has been handled and what it emitted
     * on {@code topic} is visible: {@code text}, sent now from the same sender (so to the same
     * partition, after the others), must emit something there.
     */
    void awaitHandledBefore(String from, String text, String topic) {
        InboundSms sentinel = Messages.sms(from, text);
        publish(sentinel);
        awaitEvent(topic, sentinel.id());
    }

    /**
     * Sends {@code text} from fresh senders until what it emits on {@code topic} satisfies {@code check}:
     * an automation change reaches the matcher asynchronously.
     */
    void probeUntil(String text, String topic, Predicate<JsonNode> check) {
        await().atMost(PATIENCE).until(() -> {
            InboundSms probe = Messages.sms(Messages.sender(), text);
            publish(probe);
            try {
                await().atMost(PROBE_PATIENCE).until(() -> !records(topic, probe.id()).isEmpty());
            } catch (ConditionTimeoutException e) {
                return false;
            }
            return events(topic, probe.id()).stream().anyMatch(check);
        });
    }

    /** Publishes {@code automation} and returns once {@code text} fires it. */
    void publishAndAwaitFiring(Automation automation, String text) {
        publish(automation);
        probeUntil(text, Topics.AUTOMATIONS_TRIGGERED, e -> automation.id().equals(e.at("/automation/id").asText()));
    }

    /** A fresh keyword, fired by an automation (CONTAINS) that replies {@code Got {{text}}}. */
    String echoingKeyword() {
        String keyword = Messages.word();
        publishAndAwaitFiring(Messages.automation(MatchMode.CONTAINS, keyword, Messages.reply("Got {{text}}")), keyword);
        return keyword;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        watched.values().forEach(ConsumerTask::stop);
        kafka.close();
    }
}
