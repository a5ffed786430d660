package io.smsauto.dispatcher.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.dispatcher.repository.CallRepository;
import io.smsauto.dispatcher.repository.CallWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code poll-interval}: leases the calls whose next attempt is due (retries, replays, calls
 * that found their host busy, calls of a replica that stopped) as far as there is room for them, and
 * the finished calls whose result never reached Kafka; once an hour, forgets old succeeded calls.
 * It takes nothing while outcomes of this replica wait for the database ({@link CallWriter#isBehind()}).
 */
@ApplicationScoped
public class DuePoller {

    private static final int BATCH = 200;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final CallRepository calls;
    private final DispatchEngine engine;
    private final PendingCapacity capacity;
    private final CallWriter writer;
    private final DispatcherConfig config;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "dispatcher-due-poller"));
    private Instant nextPurge = Instant.now();

    public DuePoller(CallRepository calls, DispatchEngine engine, PendingCapacity capacity, CallWriter writer,
            DispatcherConfig config) {
        this.calls = calls;
        this.engine = engine;
        this.capacity = capacity;
        this.writer = writer;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        long interval = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        scheduler.shutdownNow();
    }

    private void poll() {
        if (writer.isBehind()) {
            // outcomes of calls already made wait to be written: their leases may have run out meanwhile
            return;
        }
        try {
            claimDue();
            calls.claimUnreported(BATCH, UUID.randomUUID().toString(), Instant.now(), Instant.now().plus(config.lease()))
                    .forEach(engine::report);
            purgeWhenDue();
        } catch (RuntimeException e) {
            Log.warnf("Looking for due calls failed (%s); trying again in %s", e.toString(), config.pollInterval());
        }
    }

    private void claimDue() {
        while (true) {
            int room = capacity.tryAcquireUpTo(BATCH);
            if (room == 0) {
                return;
            }
            List<Call> due;
            try {
                due = calls.claimDue(room, UUID.randomUUID().toString(), Instant.now(), Instant.now().plus(config.lease()));
            } catch (RuntimeException e) {
                capacity.release(room);
                throw e;
            }
            capacity.release(room - due.size());
            due.forEach(engine::submit);
            if (due.size() < room) {
                return;
            }
        }
    }

    private void purgeWhenDue() {
        Instant now = Instant.now();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_EVERY);
        int purged = calls.purgeSucceeded(now.minus(config.retention()));
        if (purged > 0) {
            Log.infof("Forgot %d succeeded calls older than %s", purged, config.retention());
        }
    }
}
