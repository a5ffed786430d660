package io.smsauto.storm;

import io.smsauto.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's own ceiling, measured on the storm's broker: the records the gateway wrote to
 * {@code sms.inbound} (same keys, headers and bodies) sent again by one plain KafkaProducer, as
 * fast as it goes, with the gateway's durability settings (acks=all, idempotent, linger 1 ms).
 */
final class ProducerBaseline {

    static final String TOPIC = "storm.baseline";
    private static final int SAMPLE = 2000;

    /** @param perSecond records acknowledged per second; @param meanSize key + value + headers, in bytes */
    record Result(double perSecond, double meanSize) {
    }

    static Result run(String bootstrapServers, int records) throws Exception {
        List<ProducerRecord<byte[], byte[]>> sample = sample(bootstrapServers);
        double meanSize = sample.stream().mapToInt(ProducerBaseline::size).average().orElse(0);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            int partitions = admin.describeTopics(List.of(Topics.SMS_INBOUND)).allTopicNames().get()
                    .get(Topics.SMS_INBOUND).partitions().size();
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
            awaitWritable(bootstrapServers, partitions);
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            CountDownLatch acked = new CountDownLatch(records);
            AtomicInteger failed = new AtomicInteger();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                ProducerRecord<byte[], byte[]> template = sample.get(i % sample.size());
                producer.send(new ProducerRecord<>(TOPIC, null, template.key(), template.value(), template.headers()),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.incrementAndGet();
                            }
                            acked.countDown();
                        });
            }
            acked.await();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " baseline records failed");
            }
            return new Result(records / seconds, meanSize);
        }
    }

    /**
     * Writes one record to each partition of the new topic and waits for it. Right after its creation the
     * broker may not lead the partitions yet: an idempotent producer that meets NOT_LEADER_OR_FOLLOWER there
     * can be left retrying a batch with OUT_OF_ORDER_SEQUENCE_NUMBER until it expires. This one is not
     * idempotent and has one request in flight; the timed producer starts on partitions ready for it.
     */
    private static void awaitWritable(String bootstrapServers, int partitions) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(TOPIC, partition, null, new byte[0])).get();
            }
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> sample(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        List<ProducerRecord<byte[], byte[]>> sample = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SMS_INBOUND).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (sample.size() < SAMPLE && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    sample.add(new ProducerRecord<>(TOPIC, null, record.key(), record.value(), record.headers()));
                }
            }
        }
        if (sample.isEmpty()) {
            throw new IllegalStateException("no record on " + Topics.SMS_INBOUND + " to copy");
        }
        return sample;
    }

    private static int size(ProducerRecord<byte[], byte[]> record) {
        int headers = 0;
        for (var header : record.headers()) {
            headers += header.key().length() + header.value().length;
        }
        return (record.key() == null ? 0 : record.key().length) + record.value().length + headers;
    }
}
