package io.smsauto.matcher.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka clients of an {@link InboundSession}: values stay bytes, the session reads and writes them. */
public final class KafkaClients {

    private KafkaClients() {
    }

    /** The group's consumer: only committed records (ours are written in transactions), offsets committed by the producer. */
    static Consumer<String, byte[]> consumer(InboundSettings settings) {
        return new KafkaConsumer<>(consumerConfig(settings), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * A member that stops heartbeating (a replica killed) loses its partitions after {@code sessionTimeout}, not
     * Kafka's default 45 s. No static membership ({@code group.instance.id}): two replicas with the same host name
     * would fence each other.
     */
    static Map<String, Object> consumerConfig(InboundSettings settings) {
        Map<String, Object> config = readCommitted(settings);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.transactionalId() + "-" + settings.inputTopic());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        // Kafka's advice: heartbeats at most a third of the session timeout apart
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) settings.sessionTimeout().dividedBy(3).toMillis());
        return config;
    }

    /** Reads the state topic without a group, to rebuild the memory of newly assigned partitions. */
    static Consumer<String, byte[]> restoreConsumer(InboundSettings settings) {
        Map<String, Object> config = readCommitted(settings);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.transactionalId() + "-" + settings.stateTopic());
        // it reads up to the end and stops: no reason to wait on the broker for more
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static Producer<String, byte[]> producer(InboundSettings settings) {
        return new KafkaProducer<>(producerConfig(settings), new StringSerializer(), new ByteArraySerializer());
    }

    /** Transactional, so idempotent with acks=all; batches fill while a poll's records are handled. */
    public static Map<String, Object> producerConfig(InboundSettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, settings.transactionalId());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) settings.transactionTimeout().toMillis());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, settings.compression());
        return config;
    }

    private static Map<String, Object> readCommitted(InboundSettings settings) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }
}
