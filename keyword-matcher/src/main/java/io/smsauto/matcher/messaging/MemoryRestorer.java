package io.smsauto.matcher.messaging;

import io.quarkus.logging.Log;
import io.smsauto.matcher.memory.PartitionMemory;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Rebuilds the memory of input partitions from their state partitions (same numbers), reading each
 * from its beginning up to its last committed record.
 */
final class MemoryRestorer {

    private static final Duration POLL = Duration.ofMillis(100);

    private final InboundSettings settings;
    private final MemoryRecords records;
    private final Supplier<Consumer<String, byte[]>> consumers;

    MemoryRestorer(InboundSettings settings, MemoryRecords records, Supplier<Consumer<String, byte[]>> consumers) {
        this.settings = settings;
        this.records = records;
        this.consumers = consumers;
    }

    Map<TopicPartition, PartitionMemory> restore(Collection<TopicPartition> inputPartitions) {
        Map<Integer, TopicPartition> inputByNumber = new HashMap<>();
        Map<TopicPartition, PartitionMemory> memories = new HashMap<>();
        for (TopicPartition input : inputPartitions) {
            inputByNumber.put(input.partition(), input);
            memories.put(input, new PartitionMemory(settings.dedupeWindow(), settings.multipartTimeout()));
        }
        if (inputPartitions.isEmpty()) {
            return memories;
        }
        List<TopicPartition> state = inputPartitions.stream()
                .map(p -> new TopicPartition(settings.stateTopic(), p.partition())).toList();
        long started = System.nanoTime();
        long count = 0;
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            consumer.assign(state);
            consumer.seekToBeginning(state);
            Map<TopicPartition, Long> end = consumer.endOffsets(state);
            while (state.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    restore(memories.get(inputByNumber.get(record.partition())), record);
                    count++;
                }
            }
        }
        Log.infof("Restored the memory of %s from %d records of %s in %d ms", inputPartitions, count,
                settings.stateTopic(), (System.nanoTime() - started) / 1_000_000);
        return memories;
    }

    private void restore(PartitionMemory memory, ConsumerRecord<String, byte[]> record) {
        try {
            memory.restore(records.fromRecord(record));
        } catch (RuntimeException e) {
            Log.errorf("Skipping %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }
}
