package io.smsauto.admin;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.Automation;
import io.smsauto.events.EventJson;
import io.smsauto.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads automations.changelog from its beginning for one test. */
final class ChangelogReader implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = EventJson.newMapper();

    private final KafkaCompanion kafka;
    private final ConsumerTask<String, String> changelog;

    ChangelogReader(String bootstrapServers) {
        kafka = new KafkaCompanion(bootstrapServers);
        changelog = kafka.consumeStrings().fromTopics(Topics.AUTOMATIONS_CHANGELOG);
    }

    List<ConsumerRecord<String, String>> records(String id) {
        return changelog.getRecords().stream().filter(r -> id.equals(r.key())).toList();
    }

    /** Waits for the automation's {@code count}-th record and returns them all. */
    List<ConsumerRecord<String, String>> awaitRecords(String id, int count) {
        await().atMost(WAIT).until(() -> records(id).size() >= count);
        return records(id);
    }

    /** The automation's latest state on the changelog, once it has {@code count} records; null for a tombstone. */
    Automation latest(String id, int count) {
        List<ConsumerRecord<String, String>> records = awaitRecords(id, count);
        return read(records.get(records.size() - 1).value());
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static Automation read(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readValue(value, Automation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        changelog.stop();
        kafka.close();
    }
}
