package io.smsauto.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/** Reads {@code sms.inbound} from the start, for tests that look for what the gateway stored. */
public final class InboundTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaCompanion kafka;
    private final ConsumerTask<String, String> records;

    public InboundTopic(String bootstrapServers) {
        kafka = new KafkaCompanion(bootstrapServers);
        records = kafka.consumeStrings().fromTopics(Topics.SMS_INBOUND);
    }

    /** The records of one carrier message, in the order they were consumed. */
    public List<ConsumerRecord<String, String>> recordsOf(String carrierMessageId) {
        String marker = "\"carrierMessageId\":\"" + carrierMessageId + "\"";
        return records.getRecords().stream().filter(r -> r.value().contains(marker)).toList();
    }

    /** Waits for the record of one carrier message. */
    public ConsumerRecord<String, String> await(String carrierMessageId) {
        return Awaitility.await().atMost(PATIENCE).until(() -> recordsOf(carrierMessageId), r -> !r.isEmpty()).get(0);
    }

    /** Waits until {@code count} records of one carrier message are there. */
    public List<ConsumerRecord<String, String>> await(String carrierMessageId, int count) {
        return Awaitility.await().atMost(PATIENCE).until(() -> recordsOf(carrierMessageId), r -> r.size() >= count);
    }

    public InboundSms awaitEvent(String carrierMessageId) {
        return event(await(carrierMessageId));
    }

    public static InboundSms event(ConsumerRecord<String, String> record) {
        try {
            return JSON.readValue(record.value(), InboundSms.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        records.stop();
        kafka.close();
    }
}
