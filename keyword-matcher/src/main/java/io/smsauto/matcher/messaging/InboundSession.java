package io.smsauto.matcher.messaging;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.logging.Log;
import io.smsauto.matcher.memory.PartitionMemory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One life of the inbound consumer: a group member and a transactional producer. Each
 * {@link #cycle} polls once and writes everything the records and the clock call for — events,
 * memory changes, dead letters — in one Kafka transaction together with the consumed offsets, so
 * it all happens exactly once or not at all. The memory of each assigned partition is rebuilt from
 * the state topic when the partition is assigned, after its committed offset is known.
 *
 * <p>Any exception leaves the session unusable: close it and open a new one, which starts from
 * the committed offsets and the committed memory (what an aborted transaction did is gone).
 */
public final class InboundSession implements AutoCloseable {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final InboundSettings settings;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final MemoryRestorer restorer;
    private final InboundHandler handler;
    private final KafkaClientMetrics consumerMetrics;
    private final Map<TopicPartition, PartitionMemory> memories = new HashMap<>();

    InboundSession(InboundSettings settings, Consumer<String, byte[]> consumer, Producer<String, byte[]> producer,
            MemoryRestorer restorer, InboundHandler handler, KafkaClientMetrics consumerMetrics) {
        this.settings = settings;
        this.consumer = consumer;
        this.producer = producer;
        this.restorer = restorer;
        this.handler = handler;
        this.consumerMetrics = consumerMetrics;
    }

    /** Aborts whatever a predecessor with the same transactional id left open, and joins the group. */
    public void start() {
        int input = consumer.partitionsFor(settings.inputTopic()).size();
        int state = consumer.partitionsFor(settings.stateTopic()).size();
        if (input != state) {
            throw new IllegalStateException(settings.stateTopic() + " has " + state + " partitions and "
                    + settings.inputTopic() + " " + input + ": they must have as many");
        }
        producer.initTransactions();
        consumer.subscribe(List.of(settings.inputTopic()), new Rebalance());
    }

    public void cycle(Duration pollTimeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
        Instant now = Instant.now();
        List<ProducerRecord<String, byte[]>> output = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            output.addAll(handler.handle(record, memories.get(partition), now));
        }
        memories.forEach((partition, memory) -> output.addAll(handler.expire(memory, partition.partition(), now)));
        if (records.isEmpty() && output.isEmpty()) {
            return;
        }
        producer.beginTransaction();
        output.forEach(producer::send); // a failed send fails the commit
        producer.sendOffsetsToTransaction(positions(), consumer.groupMetadata());
        producer.commitTransaction();
    }

    /** Makes a {@link #cycle} blocked in poll throw {@link org.apache.kafka.common.errors.WakeupException}; any thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    /**
     * Leaves the group. An unfinished transaction is aborted by the producer on its way out, or, if it
     * cannot reach the broker any more, by the next session with the same transactional id (or the
     * transaction timeout).
     */
    @Override
    public void close() {
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            consumerMetrics.close();
            consumer.close(CLOSE_TIMEOUT);
        }
    }

    /** Where each assigned partition's next poll starts: every record before it is handled in this transaction. */
    private Map<TopicPartition, OffsetAndMetadata> positions() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : memories.keySet()) {
            offsets.put(partition, new OffsetAndMetadata(consumer.position(partition)));
        }
        return offsets;
    }

    /** Runs inside poll, between transactions: nothing of a revoked partition is left unwritten. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // the position waits for a transaction still writing offsets for the partition to end,
            // so the memory read next holds everything that transaction did
            partitions.forEach(consumer::position);
            memories.putAll(restorer.restore(partitions));
            Log.infof("Consuming %s", partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(memories::remove);
        }
    }
}
