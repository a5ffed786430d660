package io.smsauto.matcher.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import io.smsauto.matcher.memory.MemoryChange;
import io.smsauto.matcher.memory.MemoryChange.Forget;
import io.smsauto.matcher.memory.MemoryChange.Seen;
import io.smsauto.matcher.memory.MemoryChange.Waiting;
import io.smsauto.matcher.memory.MemoryKeys;
import io.smsauto.matcher.memory.WaitingParts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class MemoryRecordsTest {

    private static final Instant AT = Instant.parse("2025-03-04T10:00:00.123Z");
    private static final InboundSms PART = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, "p1"), Carrier.VONAGE,
            "p1", "+33612345678", "+33757000001", "hello ", AT, new Multipart("42", 2, 1));

    private final MemoryRecords records = new MemoryRecords(EventJson.newMapper(), "state");

    @Test
    void aSeenMessageRoundTrips() {
        assertRoundTrip(new Seen(MemoryKeys.seen(PART), AT));
    }

    @Test
    void aSeenMessageIsItsTimeInEightBytes() {
        ProducerRecord<String, byte[]> record = records.toRecord(new Seen(MemoryKeys.seen(PART), AT), 0);

        assertEquals(8, record.value().length);
    }

    @Test
    void aSeenMessageWrittenAsJsonByAnEarlierVersionIsRead() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("state", 0, 0, MemoryKeys.seen(PART),
                "{\"at\":\"2025-03-04T10:00:00.123Z\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(new Seen(MemoryKeys.seen(PART), AT), records.fromRecord(record));
    }

    @Test
    void waitingPartsRoundTrip() {
        assertRoundTrip(new Waiting(MemoryKeys.parts(PART), new WaitingParts(AT, List.of(PART))));
    }

    @Test
    void forgettingIsATombstone() {
        ProducerRecord<String, byte[]> record = records.toRecord(new Forget(MemoryKeys.seen(PART)), 3);

        assertNull(record.value());
        assertRoundTrip(new Forget(MemoryKeys.seen(PART)));
    }

    @Test
    void aRecordGoesToTheNumberOfItsInboundPartition() {
        ProducerRecord<String, byte[]> record = records.toRecord(new Seen(MemoryKeys.seen(PART), AT), 4);

        assertEquals("state", record.topic());
        assertEquals(4, record.partition());
    }

    @Test
    void anUnknownKeyIsRefused() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("state", 0, 0, "other|x",
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThrows(IllegalArgumentException.class, () -> records.fromRecord(record));
    }

    private void assertRoundTrip(MemoryChange change) {
        ProducerRecord<String, byte[]> written = records.toRecord(change, 0);
        ConsumerRecord<String, byte[]> read = new ConsumerRecord<>("state", 0, 0, written.key(), written.value());

        assertEquals(change, records.fromRecord(read));
    }
}
