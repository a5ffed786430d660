package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smsauto.events.InboundSms;
import io.smsauto.matcher.memory.MemoryChange;
import io.smsauto.matcher.memory.PartitionMemory;
import io.smsauto.matcher.memory.Step;
import io.smsauto.matcher.messaging.InboundRecords.UnreadableRecord;
import io.smsauto.matcher.service.MatchCounter;
import io.smsauto.matcher.service.Reaction;
import io.smsauto.matcher.service.ReactionPlanner;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Decides what one partition writes for what it reads, without any Kafka I/O: for each
 * {@code sms.inbound} record, and when the clock says so, the events of the messages to match, the
 * memory changes that go with them, and dead letters. A record or message that fails is dead-lettered
 * and the partition moves on.
 */
final class InboundHandler {

    private final InboundRecords inbound;
    private final ReactionPlanner planner;
    private final EventRecords events;
    private final MemoryRecords memory;
    private final DeadLetters deadLetters;
    private final MatchCounter matches;
    private final RecordTracing tracing;

    InboundHandler(InboundRecords inbound, ReactionPlanner planner, EventRecords events, MemoryRecords memory,
            DeadLetters deadLetters, MatchCounter matches, RecordTracing tracing) {
        this.inbound = inbound;
        this.planner = planner;
        this.events = events;
        this.memory = memory;
        this.deadLetters = deadLetters;
        this.matches = matches;
        this.tracing = tracing;
    }

    List<ProducerRecord<String, byte[]>> handle(ConsumerRecord<String, byte[]> record, PartitionMemory partition,
            Instant now) {
        return tracing.handle(record, () -> handleRecord(record, partition, now));
    }

    private List<ProducerRecord<String, byte[]>> handleRecord(ConsumerRecord<String, byte[]> record,
            PartitionMemory partition, Instant now) {
        InboundSms sms;
        try {
            sms = inbound.read(record);
        } catch (UnreadableRecord e) {
            // the reason may quote the record's content (a message's text): it goes with the dead letter, and to DEBUG
            Log.warnf("Dead-lettering unreadable record %s-%d@%d", record.topic(), record.partition(), record.offset());
            Log.debugf("Record %s-%d@%d is unreadable: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return List.of(deadLetters.unreadable(record, e.getMessage()));
        }
        return write(partition.accept(sms, now), record.partition());
    }

    /** What the clock alone calls for: timed-out multipart messages, expired memory. */
    List<ProducerRecord<String, byte[]>> expire(PartitionMemory partition, int number, Instant now) {
        return write(partition.expire(now), number);
    }

    private List<ProducerRecord<String, byte[]>> write(Step step, int partition) {
        if (step.isEmpty()) {
            return List.of();
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (InboundSms sms : step.toMatch()) {
            records.addAll(react(sms));
        }
        for (MemoryChange change : step.changes()) {
            records.add(memory.toRecord(change, partition));
        }
        return records;
    }

    private List<ProducerRecord<String, byte[]>> react(InboundSms sms) {
        try {
            Reaction reaction = planner.plan(sms);
            matches.count(reaction);
            return events.of(reaction);
        } catch (JsonProcessingException | RuntimeException e) {
            Log.errorf(e, "Dead-lettering message %s: its reaction failed", sms.id());
            try {
                return List.of(deadLetters.unprocessable(sms, e));
            } catch (JsonProcessingException unwritable) {
                throw new UncheckedIOException(unwritable);
            }
        }
    }
}
