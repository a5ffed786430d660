package io.smsauto.conventions.messaging;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a compacted topic from its beginning, then follows it, on a thread of its own. Every
 * replica reads every partition (no consumer group), so each holds the whole table the topic
 * describes. After a read error the topic is read again from its beginning, into a fresh
 * {@link Reading}. Records reach the reading within a poll interval ({@value #POLL_MILLIS} ms) of
 * reaching the broker.
 */
public final class CompactedTopicFollower {

    /** One reading of the topic from its beginning. */
    public interface Reading {

        /** The records of one poll, in order per partition. */
        void apply(ConsumerRecords<String, byte[]> records);

        /** Called once, when every partition has been read up to where it ended when the reading began. */
        void caughtUp();
    }

    public static final long POLL_MILLIS = 200;
    private static final Duration POLL = Duration.ofMillis(POLL_MILLIS);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final String topic;
    private final String bootstrapServers;
    private final String clientId;
    private final Supplier<Reading> freshReading;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public CompactedTopicFollower(String topic, String bootstrapServers, String clientId,
            Supplier<Reading> freshReading) {
        this.topic = topic;
        this.bootstrapServers = bootstrapServers;
        this.clientId = clientId;
        this.freshReading = freshReading;
    }

    public void start() {
        thread = new Thread(this::readUntilStopped, clientId);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(5_000);
    }

    private void readUntilStopped() {
        while (running) {
            try {
                readFromTheBeginning();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                Log.warnf("Reading %s failed, reading it again from its beginning: %s", topic, e);
                pause();
            }
        }
    }

    private void readFromTheBeginning() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = kafka.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            Reading reading = freshReading.get();
            boolean caughtUp = false;
            while (running) {
                reading.apply(kafka.poll(POLL));
                if (!caughtUp && partitions.stream().allMatch(p -> kafka.position(p) >= end.get(p))) {
                    caughtUp = true;
                    reading.caughtUp();
                }
            }
        } finally {
            consumer = null;
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
