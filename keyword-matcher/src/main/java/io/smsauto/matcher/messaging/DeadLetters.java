package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.InboundSms;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Records for {@code sms.inbound.dlq}, with the error in the headers SmallRye's dead-letter strategy
 * writes ({@code dead-letter-reason}, {@code -topic}, {@code -partition}, {@code -offset}), so
 * operators read every dead-letter topic of the system the same way.
 */
final class DeadLetters {

    private final ObjectMapper json;
    private final String topic;

    DeadLetters(ObjectMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    /** The record as it was read, with its own headers. */
    ProducerRecord<String, byte[]> unreadable(ConsumerRecord<String, byte[]> record, String reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, "dead-letter-reason", reason);
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", String.valueOf(record.partition()));
        add(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    /** A message (possibly reassembled from parts) whose reaction could not be planned or written. */
    ProducerRecord<String, byte[]> unprocessable(InboundSms sms, Exception error) throws JsonProcessingException {
        Headers headers = new RecordHeaders();
        add(headers, "dead-letter-reason", String.valueOf(error));
        add(headers, "dead-letter-exception-class-name", error.getClass().getName());
        return new ProducerRecord<>(topic, null, sms.from(), json.writeValueAsBytes(sms), headers);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
