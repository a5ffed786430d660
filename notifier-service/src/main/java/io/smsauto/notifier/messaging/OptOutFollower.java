package io.smsauto.notifier.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import io.smsauto.notifier.service.OptOuts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code contacts.opt-outs} (compacted: the latest status per number) from its beginning, on a
 * thread of its own, then follows it. Every replica reads every partition, without a consumer group:
 * each must know every opted-out number. {@link OptOuts} answers from what was read once it has
 * caught up; after a read error the topic is read again from its beginning.
 */
@ApplicationScoped
public class OptOutFollower {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final OptOuts optOuts;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public OptOutFollower(OptOuts optOuts, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.optOuts = optOuts;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::readUntilStopped, "opt-out-follower");
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

    private void readUntilStopped() {
        while (running) {
            try {
                readFromTheBeginning();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                Log.warnf("Reading %s failed, reading it again from its beginning: %s", Topics.CONTACTS_OPT_OUTS, e);
                pause();
            }
        }
    }

    private void readFromTheBeginning() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.CONTACTS_OPT_OUTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            Set<String> optedOut = ConcurrentHashMap.newKeySet();
            boolean served = false;
            while (running) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                    apply(optedOut, record);
                }
                if (!served && partitions.stream().allMatch(p -> kafka.position(p) >= end.get(p))) {
                    served = true;
                    optOuts.serve(optedOut);
                    Log.infof("Opt-outs caught up with %s: %d numbers opted out", Topics.CONTACTS_OPT_OUTS,
                            optedOut.size());
                }
            }
        } finally {
            consumer = null;
        }
    }

    private void apply(Set<String> optedOut, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            optedOut.remove(record.key());
            return;
        }
        try {
            OptOutStatus status = json.readValue(record.value(), OptOutStatus.class);
            String number = record.key() != null ? record.key() : status.number();
            if (status.optedOut()) {
                optedOut.add(number);
            } else {
                optedOut.remove(number);
            }
        } catch (IOException | RuntimeException e) {
            Log.errorf("Skipping unreadable opt-out record at %s-%d offset %d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "notifier-service-opt-outs");
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
