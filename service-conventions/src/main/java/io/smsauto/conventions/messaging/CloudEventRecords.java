package io.smsauto.conventions.messaging;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Builds the Kafka records of DESIGN.md §5: a JSON body with CloudEvents attributes in binary mode
 * (ce_* headers) and the record key that keeps one contact's (or one automation's) events in order.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /**
     * @param source  the producing service, as {@code urn:smsauto:<service>}
     * @param id      the event id, deterministic where DESIGN.md asks for it
     * @param type    the versioned CloudEvents type
     * @param key     the record key; also the CloudEvents subject
     */
    public static <T> Message<T> message(T payload, String source, String id, String type, String key) {
        return message(payload, source, id, type, key, null);
    }

    /** The same, to {@code topic} instead of the channel's configured topic (when it is not null). */
    public static <T> Message<T> message(T payload, String source, String id, String type, String key, String topic) {
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(key)
                .withDataContentType("application/json")
                .withTimestamp(ZonedDateTime.now(ZoneOffset.UTC))
                .build();
        var record = OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            record.withTopic(topic);
        }
        return Message.of(payload).addMetadata(cloudEvent).addMetadata(record.build());
    }

    /** {@code urn:smsauto:<service>}, the CloudEvents source of a service. */
    public static String source(String service) {
        return "urn:smsauto:" + service;
    }
}
