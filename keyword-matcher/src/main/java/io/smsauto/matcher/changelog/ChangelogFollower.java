package io.smsauto.matcher.changelog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.events.Automation;
import io.smsauto.events.Topics;
import io.smsauto.matching.AutomationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code automations.changelog} from its beginning into a fresh index, then follows it, on a
 * thread of its own. Every replica reads every partition (no consumer group), so each holds all
 * automations. A record is an automation's full state; a tombstone (or a disabled automation)
 * removes it. Each poll's records are applied to the index together, within a poll interval
 * ({@value #POLL_MILLIS} ms) of reaching the broker.
 */
@ApplicationScoped
public class ChangelogFollower {

    private static final long POLL_MILLIS = 200;
    private static final Duration POLL = Duration.ofMillis(POLL_MILLIS);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final AutomationCatalog catalog;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public ChangelogFollower(AutomationCatalog catalog, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.catalog = catalog;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::followUntilStopped, "changelog-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.join(5_000);
    }

    private void followUntilStopped() {
        while (running) {
            try {
                follow();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                Log.warnf("Reading %s failed, starting again from its beginning: %s", Topics.AUTOMATIONS_CHANGELOG, e);
                pause();
            }
        }
    }

    private void follow() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.AUTOMATIONS_CHANGELOG).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            AutomationIndex index = new AutomationIndex();
            boolean caughtUp = false;
            while (running) {
                ChangelogBatch batch = new ChangelogBatch();
                for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                    add(batch, record);
                }
                batch.applyTo(index);
                if (!caughtUp && partitions.stream().allMatch(p -> kafka.position(p) >= end.get(p))) {
                    caughtUp = true;
                    catalog.caughtUp(index);
                    Log.infof("Automation index caught up with %s", Topics.AUTOMATIONS_CHANGELOG);
                }
            }
        } finally {
            consumer = null;
        }
    }

    private void add(ChangelogBatch batch, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            batch.removed(record.key());
            return;
        }
        try {
            batch.changed(json.readValue(record.value(), Automation.class));
        } catch (IOException | RuntimeException e) {
            Log.errorf("Skipping unreadable changelog record for automation %s at offset %d: %s", record.key(),
                    record.offset(), e.getMessage());
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "keyword-matcher-changelog");
        return config;
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
