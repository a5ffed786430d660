package io.smsauto.notifier.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.conventions.messaging.CompactedTopicFollower;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import io.smsauto.notifier.service.OptOuts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code contacts.opt-outs} (compacted: the latest status per number) from its beginning, then
 * follows it (every replica every partition: each must know every opted-out number). {@link OptOuts}
 * answers from what was read once it has caught up, and sees every later change.
 */
@ApplicationScoped
public class OptOutFollower {

    private final OptOuts optOuts;
    private final ObjectMapper json;
    private final CompactedTopicFollower follower;

    public OptOutFollower(OptOuts optOuts, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.optOuts = optOuts;
        this.json = json;
        this.follower = new CompactedTopicFollower(Topics.CONTACTS_OPT_OUTS, bootstrapServers,
                "notifier-service-opt-outs", OptedOutReading::new);
    }

    void start(@Observes StartupEvent event) {
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        follower.stop();
    }

    /** One reading of the topic into a fresh set of opted-out numbers, served once caught up. */
    private final class OptedOutReading implements CompactedTopicFollower.Reading {

        private final Set<String> optedOut = ConcurrentHashMap.newKeySet();

        @Override
        public void apply(ConsumerRecords<String, byte[]> records) {
            records.forEach(this::apply);
        }

        @Override
        public void caughtUp() {
            optOuts.serve(optedOut);
            Log.infof("Opt-outs caught up with %s: %d numbers opted out", Topics.CONTACTS_OPT_OUTS, optedOut.size());
        }

        private void apply(ConsumerRecord<String, byte[]> record) {
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
                Log.errorf("Skipping unreadable opt-out record at %s-%d offset %d: %s", record.topic(),
                        record.partition(), record.offset(), e.getMessage());
            }
        }
    }
}
