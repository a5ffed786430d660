package io.smsauto.admin.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.conventions.messaging.CloudEventHeaders;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.Automation;
import io.smsauto.events.Topics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the full current state of an automation to {@code automations.changelog}, keyed by its id,
 * or a tombstone once it is gone, and reports when the broker has stored it (acks=all).
 */
@ApplicationScoped
public class ChangelogPublisher {

    private static final String SOURCE = CloudEventRecords.source("automation-admin");

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json;
    private final Duration timeout;

    public ChangelogPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "changelog.publish-timeout") Duration timeout, ObjectMapper json) {
        this.json = json;
        this.timeout = timeout;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "automation-admin-changelog");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Publishes {@code automation}, or a tombstone for {@code id} when it is null. The returned Uni
     * completes on the caller's Vert.x context, so a database session can go on after it.
     */
    public Uni<Void> publish(UUID id, Automation automation) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.AUTOMATIONS_CHANGELOG, null,
                id.toString(), automation == null ? null : serialise(automation),
                CloudEventHeaders.of(SOURCE, UUID.randomUUID().toString(), Automation.TYPE, id.toString(), Instant.now()));
        Context caller = Vertx.currentContext();
        Uni<Void> sent = Uni.createFrom().emitter(emitter -> producer.send(record, (metadata, error) -> {
            if (error != null) {
                emitter.fail(error);
            } else {
                emitter.complete(null);
            }
        }));
        sent = sent.ifNoItem().after(timeout).fail();
        return caller == null ? sent : sent.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** Asks the broker for the changelog's partitions: true when it answers. Blocks up to the timeout. */
    public boolean brokerReachable() {
        try {
            List<PartitionInfo> partitions = producer.partitionsFor(Topics.AUTOMATIONS_CHANGELOG);
            return !partitions.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private byte[] serialise(Automation automation) {
        try {
            return json.writeValueAsString(automation).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("automation " + automation.id() + " cannot be written as JSON", e);
        }
    }
}
