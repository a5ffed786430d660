package io.smsauto.notifier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A burst of send-reply events, each to its own contact: put on the topic, then their results
 * awaited. The results are read from where the topic ended before the burst, and only their event id
 * and status are picked out, so that the harness takes little of the CPU it measures.
 */
final class ReplyBurst implements AutoCloseable {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final Pattern ID_AND_STATUS = Pattern.compile("\"eventId\":\"([^\"]+)\".*?\"status\":\"([A-Z]+)\"");

    private final String bootstrapServers;
    private final List<ActionRequested> replies;
    private final KafkaConsumer<String, String> results;

    ReplyBurst(String bootstrapServers, int size) {
        this.bootstrapServers = bootstrapServers;
        String run = UUID.randomUUID().toString().substring(0, 8);
        // numbers of their own, so that bursts in one database stay clear of each other's loop guard
        int firstNumber = ThreadLocalRandom.current().nextInt(0, 70) * 1_000_000;
        this.replies = IntStream.range(0, size).mapToObj(i -> reply(run, firstNumber + i)).toList();
        this.results = resultsFromNow();
    }

    /** Puts every event on {@code actions.send-reply}; returns once the broker has them all. */
    void produce() {
        produceTo(Topics.ACTIONS_SEND_REPLY);
    }

    /** Puts every event on {@code topic}; returns once the broker has them all. */
    void produceTo(String topic) {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(replies.stream()
                    .map(r -> new ProducerRecord<>(topic, r.contact(), json(r)))
                    .toList()).awaitCompletion(Duration.ofMinutes(2));
        }
    }

    /** Returns once every event has a result: the results' statuses counted. */
    Map<String, Integer> awaitResults(Duration patience) {
        Set<String> waiting = new HashSet<>(replies.stream().map(ActionRequested::eventId).toList());
        Map<String, Integer> statuses = new TreeMap<>();
        long deadline = System.nanoTime() + patience.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : results.poll(Duration.ofMillis(100))) {
                Matcher result = ID_AND_STATUS.matcher(record.value());
                if (result.find() && waiting.remove(result.group(1))) {
                    statuses.merge(result.group(2), 1, Integer::sum);
                }
            }
        }
        if (!waiting.isEmpty()) {
            throw new IllegalStateException(waiting.size() + " results missing after " + patience);
        }
        return statuses;
    }

    /** How many results the broker has received since this burst was made; call it before {@link #awaitResults}. */
    long resultsPublishedSoFar() {
        Map<TopicPartition, Long> ends = results.endOffsets(results.assignment());
        return ends.entrySet().stream().mapToLong(end -> end.getValue() - results.position(end.getKey())).sum();
    }

    @Override
    public void close() {
        results.close();
    }

    private KafkaConsumer<String, String> resultsFromNow() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ACTIONS_RESULTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String json(ActionRequested reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActionRequested reply(String run, int i) {
        String contact = "+336" + String.format("%08d", i);
        InboundSms sms = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, run + "-" + i), Carrier.VONAGE,
                run + "-" + i, contact, "+33757000001", "hello", Instant.now(), null);
        return new ActionRequested(EventIds.action(sms.id(), "bench"), new AutomationRef("a-bench", "Benchmark"), null,
                ActionSpec.reply("bench", "Say hi", "Thanks, we got your message."), sms, Instant.now());
    }
}
