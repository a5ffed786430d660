package io.smsauto.conventions.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode, for records written with a plain Kafka producer:
 * the same headers {@link CloudEventRecords} makes SmallRye write.
 */
public final class CloudEventHeaders {

    private CloudEventHeaders() {
    }

    public static Headers of(String source, String id, String type, String subject, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", time.toString());
        add(headers, "content-type", "application/json");
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
