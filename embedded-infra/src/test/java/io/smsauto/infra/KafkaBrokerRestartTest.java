package io.smsauto.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.events.Topics;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerRestartTest {

    private static Path dataDir;
    private static KafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("kafka-restart-test");
        broker = KafkaBroker.start(dataDir, 0);
        TopicCreator.createMissing(broker.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
        Directories.deleteRecursively(dataDir);
    }

    @Test
    void aStoppedBrokerNoLongerAcceptsConnectionsOnItsPort() throws Exception {
        broker.stop();
        try {
            assertThrows(java.io.IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), broker.port()).close());
        } finally {
            broker.restart();
        }
    }

    @Test
    void aRestartedBrokerKeepsItsRecordsAndTakesNewOnesOnTheSamePort() throws Exception {
        String key = "+3361" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7);
        produce(key, "before");

        broker.stop();
        broker.restart();
        produce(key, "after");

        assertEquals(List.of("before", "after"), valuesOf(key, "after"));
    }

    @Test
    void sendingWhileStoppedFailsAndWorksAgainAfterTheRestart() throws Exception {
        String key = "+3362" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 7);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(3000))) {
            producer.send(new ProducerRecord<>(Topics.SMS_INBOUND, key, "warm-up")).get(30, TimeUnit.SECONDS);
            broker.stop();
            try {
                assertThrows(ExecutionException.class, () -> producer.send(
                        new ProducerRecord<>(Topics.SMS_INBOUND, key, "lost")).get(30, TimeUnit.SECONDS));
            } finally {
                broker.restart();
            }
            producer.send(new ProducerRecord<>(Topics.SMS_INBOUND, key, "stored")).get(30, TimeUnit.SECONDS);
        }
        List<String> values = valuesOf(key, "stored");
        assertFalse(values.contains("lost"), "a record that failed was stored: " + values);
        assertEquals(List.of("warm-up", "stored"), values);
    }

    private static void produce(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(30_000))) {
            producer.send(new ProducerRecord<>(Topics.SMS_INBOUND, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** The values written under {@code key}, in order (one key is one partition), up to {@code last}. */
    private static List<String> valuesOf(String key, String last) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(Topics.SMS_INBOUND));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!values.contains(last) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }

    private static Properties producerConfig(int deliveryTimeoutMs) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(deliveryTimeoutMs));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(deliveryTimeoutMs / 2));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(deliveryTimeoutMs));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
