package io.smsauto.dispatcher.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.FinishedCall;
import io.smsauto.dispatcher.QueueThread;
import io.smsauto.dispatcher.config.DispatcherConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records what happened to calls without blocking the event loop that made them: the writes queue
 * up, and one thread applies everything waiting in one transaction, one statement per kind of write
 * whatever the number of rows, so that thousands of calls a second cost a few statements, not
 * thousands. A write only applies while the caller still holds the row's lease; its future tells
 * whether it did. While the database is unavailable the writes wait in memory and are tried again
 * (for up to {@code outcome-patience}); meanwhile {@link #isBehind()} keeps this replica's poller from
 * taking over their calls, so that a call already made is not made again because its outcome could
 * not be recorded at once.
 */
@ApplicationScoped
public class CallWriter {

    private static final int MAX_BATCH = 2000;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57");
    /** Serialization failure, deadlock: the transaction was given up, not its content. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("40001", "40P01");

    /** An attempt failed and another is due later; the lease is given up until then. */
    private static final RowUpdate RETRY = new RowUpdate("attempts = v.c1::integer, next_attempt_at = v.c2::timestamptz, "
            + "lease_token = NULL, lease_until = NULL, http_status = v.c3::integer, error = v.c4, "
            + "last_call_ms = v.c5::bigint, first_attempt_at = COALESCE(c.first_attempt_at, v.c6::timestamptz)", 6);
    /** The call was not attempted: it waits in the queue again. */
    private static final RowUpdate RELEASE = new RowUpdate(
            "next_attempt_at = v.c1::timestamptz, lease_token = NULL, lease_until = NULL", 1);
    private static final RowUpdate FINISH = new RowUpdate("status = v.c1, attempts = v.c2::integer, "
            + "http_status = v.c3::integer, error = v.c4, last_call_ms = v.c5::bigint, "
            + "first_attempt_at = COALESCE(c.first_attempt_at, v.c6::timestamptz), finished_at = v.c7::timestamptz, "
            + "reported_at = v.c8::timestamptz", 8);
    private static final RowUpdate REPORTED = new RowUpdate("reported_at = v.c1::timestamptz", 1);

    private final AgroalDataSource dataSource;
    private final Duration patience;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final QueueThread writer = new QueueThread("dispatcher-call-writer", this::run);
    private volatile boolean behind;

    public CallWriter(AgroalDataSource dataSource, DispatcherConfig config) {
        this.dataSource = dataSource;
        this.patience = config.outcomePatience();
    }

    public CompletableFuture<Boolean> retryLater(Call call, int attempts, Instant nextAttemptAt, Integer httpStatus,
            String error, Long lastCallMillis) {
        return write(RETRY, call, attempts, nextAttemptAt, httpStatus, error, lastCallMillis, call.firstAttemptAt());
    }

    /** The call was not attempted (its host was busy, its lease too short): it waits until {@code nextAttemptAt}. */
    public CompletableFuture<Boolean> release(Call call, Instant nextAttemptAt) {
        return write(RELEASE, call, nextAttemptAt);
    }

    /** The call ended; {@code reportedAt} is null when its result is not on Kafka yet. */
    public CompletableFuture<Boolean> finish(FinishedCall finished, Instant reportedAt) {
        Call call = finished.call();
        return write(FINISH, call, finished.status().name(), finished.attempts(), finished.httpStatus(),
                finished.error(), finished.lastCallMillis(), call.firstAttemptAt(), finished.finishedAt(), reportedAt);
    }

    /** The result (and for a failure the dead letter) of a call that ended earlier is on Kafka now. */
    public CompletableFuture<Boolean> reported(Call call, Instant at) {
        return write(REPORTED, call, at);
    }

    @PostConstruct
    void start() {
        writer.start();
    }

    /** Applies what is queued, then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        writer.stop();
        if (behind) {
            Log.warn("Stopping with outcomes the database did not take; their leases will run out and they will be retried");
        }
    }

    private CompletableFuture<Boolean> write(RowUpdate update, Call call, Object... values) {
        Write write = new Write(update, call.eventId(), call.leaseToken(), values, new CompletableFuture<>());
        queue.add(write);
        return write.applied();
    }

    /** True while outcomes wait for the database: their leases must not be taken over, not even by this replica. */
    public boolean isBehind() {
        return behind;
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        Duration backoff = FIRST_BACKOFF;
        Instant failingSince = null;
        while (!(writer.stopping() && queue.isEmpty() && batch.isEmpty())) {
            try {
                if (batch.isEmpty()) {
                    Write first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch, MAX_BATCH - batch.size());
                try {
                    if (apply(batch) && failingSince != null) {
                        Log.infof("Recorded the outcome of %d calls once the database was back (%d ms)", batch.size(),
                                Duration.between(failingSince, Instant.now()).toMillis());
                    }
                } catch (SQLException unavailable) {
                    behind = true;
                    if (failingSince == null) {
                        failingSince = Instant.now();
                        Log.warnf("Could not record the outcome of %d calls (%s); trying again until the database is "
                                + "back, for up to %s, their leases held meanwhile", batch.size(), unavailable, patience);
                    }
                    if (Duration.between(failingSince, Instant.now()).compareTo(patience) <= 0) {
                        TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                        continue;
                    }
                    giveUp(batch, unavailable);
                }
                if (batch.size() < MAX_BATCH) {
                    // a batch smaller than the most it can take held everything that was waiting
                    behind = false;
                }
                batch.clear();
                backoff = FIRST_BACKOFF;
                failingSince = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Applies the batch in one transaction; returns whether it was all recorded, false when the database
     * rejected a write (that one is given up). Throws when the database is unavailable: the batch is kept
     * and tried again (a write already applied applies again alike, or no longer matches its lease).
     */
    private boolean apply(List<Write> batch) throws SQLException {
        Map<RowUpdate, List<Write>> byKind = new LinkedHashMap<>();
        batch.forEach(write -> byKind.computeIfAbsent(write.update(), kind -> new ArrayList<>()).add(write));
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Map.Entry<RowUpdate, List<Write>> kind : byKind.entrySet()) {
                applied.addAll(kind.getKey().apply(connection, kind.getValue()));
            }
            connection.commit();
        } catch (SQLException e) {
            if (isUnavailable(e)) {
                throw e;
            }
            return rejected(batch, e);
        } catch (RuntimeException e) {
            return rejected(batch, e);
        }
        batch.forEach(write -> write.applied().complete(applied.contains(write.eventId())));
        return true;
    }

    /** One write the database rejects must not take the others down with it: they are applied one by one. */
    private boolean rejected(List<Write> batch, Exception e) throws SQLException {
        if (batch.size() == 1) {
            giveUp(batch, e);
            return false;
        }
        boolean all = true;
        for (Write write : batch) {
            all &= apply(List.of(write));
        }
        return all;
    }

    /**
     * The database is down, restarting, refusing connections or out of them, or gave up the transaction
     * (SQLSTATE classes 08, 53, 57, states 40001, 40P01; no state: the pool could not hand out a
     * connection) — as opposed to a statement it rejects, which would fail again.
     */
    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        return state == null || UNAVAILABLE_STATES.contains(state)
                || UNAVAILABLE_CLASSES.contains(state.substring(0, Math.min(2, state.length())));
    }

    private static void giveUp(List<Write> batch, Exception e) {
        Log.errorf(e, "Could not record the outcome of %d calls; their leases will run out and they will be retried",
                batch.size());
        batch.forEach(write -> write.applied().completeExceptionally(e));
    }

    record Write(RowUpdate update, String eventId, String leaseToken, Object[] values, CompletableFuture<Boolean> applied)
            implements RowUpdate.Row {
    }
}
