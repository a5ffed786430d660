package io.smsauto.matcher.changelog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.conventions.messaging.CompactedTopicFollower;
import io.smsauto.events.Automation;
import io.smsauto.events.Topics;
import io.smsauto.matching.AutomationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code automations.changelog} from its beginning into a fresh index, then follows it (every
 * replica every partition: each holds all automations). A record is an automation's full state; a
 * tombstone (or a disabled automation) removes it. Each poll's records are applied to the index
 * together.
 */
@ApplicationScoped
public class ChangelogFollower {

    private final AutomationCatalog catalog;
    private final ObjectMapper json;
    private final CompactedTopicFollower follower;

    public ChangelogFollower(AutomationCatalog catalog, ObjectMapper json,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.catalog = catalog;
        this.json = json;
        this.follower = new CompactedTopicFollower(Topics.AUTOMATIONS_CHANGELOG, bootstrapServers,
                "keyword-matcher-changelog", IndexReading::new);
    }

    void start(@Observes StartupEvent event) {
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        follower.stop();
    }

    /** One reading of the changelog into a fresh index, handed to the catalog once caught up. */
    private final class IndexReading implements CompactedTopicFollower.Reading {

        private final AutomationIndex index = new AutomationIndex();

        @Override
        public void apply(ConsumerRecords<String, byte[]> records) {
            ChangelogBatch batch = new ChangelogBatch();
            for (ConsumerRecord<String, byte[]> record : records) {
                add(batch, record);
            }
            batch.applyTo(index);
        }

        @Override
        public void caughtUp() {
            catalog.caughtUp(index);
            Log.infof("Automation index caught up with %s", Topics.AUTOMATIONS_CHANGELOG);
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
    }
}
