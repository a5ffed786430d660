package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.matcher.memory.MemoryChange;
import io.smsauto.matcher.memory.MemoryChange.Forget;
import io.smsauto.matcher.memory.MemoryChange.Seen;
import io.smsauto.matcher.memory.MemoryChange.Waiting;
import io.smsauto.matcher.memory.MemoryKeys;
import io.smsauto.matcher.memory.WaitingParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * {@link MemoryChange}s as records of {@code keyword-matcher.state}: a handled message's time as 8 bytes
 * (epoch milliseconds, big-endian: one is written for every message, so it is kept small and free of
 * JSON), waiting parts as JSON, a tombstone to forget. Seen values written as JSON ({@code {"at":…}})
 * by earlier versions are still read.
 */
final class MemoryRecords {

    private final ObjectMapper json;
    private final String topic;

    MemoryRecords(ObjectMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    /** To {@code partition}, the number of the {@code sms.inbound} partition this memory belongs to. */
    ProducerRecord<String, byte[]> toRecord(MemoryChange change, int partition) {
        return new ProducerRecord<>(topic, partition, change.key(), value(change));
    }

    /** @throws UncheckedIOException for a value this version cannot read */
    MemoryChange fromRecord(ConsumerRecord<String, byte[]> record) {
        String key = record.key();
        if (record.value() == null) {
            return new Forget(key);
        }
        try {
            if (MemoryKeys.isSeen(key)) {
                return new Seen(key, seenAt(record.value()));
            }
            if (MemoryKeys.isParts(key)) {
                return new Waiting(key, json.readValue(record.value(), WaitingParts.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + topic + " record " + key, e);
        }
        throw new IllegalArgumentException("unknown " + topic + " key " + key);
    }

    private byte[] value(MemoryChange change) {
        try {
            if (change instanceof Seen seen) {
                return ByteBuffer.allocate(Long.BYTES).putLong(seen.at().toEpochMilli()).array();
            }
            if (change instanceof Waiting waiting) {
                return json.writeValueAsBytes(waiting.parts());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant seenAt(byte[] value) throws IOException {
        if (value.length == Long.BYTES) { // never a JSON value: {"at":""} alone is 10 bytes
            return Instant.ofEpochMilli(ByteBuffer.wrap(value).getLong());
        }
        return json.readValue(value, SeenValue.class).at();
    }

    /** The JSON value of a handled message before the 8-byte form. */
    record SeenValue(Instant at) {
    }
}
