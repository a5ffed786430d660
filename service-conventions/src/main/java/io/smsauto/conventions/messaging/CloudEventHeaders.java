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

    // the same for every record: encoded once (Kafka never writes into a header's value)
    private static final byte[] SPEC_VERSION = utf8("1.0");
    private static final byte[] JSON = utf8("application/json");

    private CloudEventHeaders() {
    }

    public static Headers of(String source, String id, String type, String subject, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", id);
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_subject", subject);
        add(headers, "ce_time", time.toString());
        headers.add("content-type", JSON);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, utf8(value));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
