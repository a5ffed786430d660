package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.repository.SendLogPurge;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets sends once no redelivery can bring their event back and the loop guard no longer counts them:
 * keep them longer than the action topics keep their records (and than the loop guard's window).
 */
@ApplicationScoped
public class SendLogRetention {

    private final SendLogPurge purge;
    private final Duration retention;

    public SendLogRetention(SendLogPurge purge, NotifierConfig config) {
        this.purge = purge;
        this.retention = config.sendLogRetention();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            Log.debugf("Forgot %d sends", purge.before(Instant.now().minus(retention)));
        } catch (SQLException e) {
            Log.warnf("Sends not purged (next try in an hour): %s", e.toString());
        }
    }
}
