package io.smsauto.contacts.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.repository.ProcessedEventStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets processed event ids once no redelivery can bring them back: keep them longer than the
 * action topics keep their records.
 */
@ApplicationScoped
public class ProcessedEventRetention {

    private final ProcessedEventStore processed;
    private final Duration retention;

    public ProcessedEventRetention(ProcessedEventStore processed,
            @ConfigProperty(name = "contacts.processed-events.retention") Duration retention) {
        this.processed = processed;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return processed.purge(Clock.now().minus(retention))
                .invoke(count -> Log.debugf("Forgot %d processed events", count))
                .onFailure().invoke(e -> Log.warnf("Processed events not purged: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
