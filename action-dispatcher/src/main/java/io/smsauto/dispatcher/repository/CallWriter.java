package io.smsauto.dispatcher.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.FinishedCall;
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
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "40");

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
    private final Thread thread = new Thread(this::run, "dispatcher-call-writer");
    private volatile boolean stopping;
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
        thread.setDaemon(true);
        thread.start();
    }

    /** Applies what is queued, then stops. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(10));
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
        while (!(stopping && queue.isEmpty() && batch.isEmpty())) {
            try {
                if (batch.isEmpty()) {
                    Write first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch, MAX_BATCH - batch.size());
                SQLException unavailable = apply(batch);
                if (unavailable == null) {
                    if (failingSince != null) {
                        Log.infof("Recorded the outcome of %d calls once the database was back (%d ms)", batch.size(),
                                Duration.between(failingSince, Instant.now()).toMillis());
                    }
                    if (batch.size() < MAX_BATCH) {
                        // a batch smaller than the most it can take held everything that was waiting
                        behind = false;
                    }
                    batch.clear();
                    backoff = FIRST_BACKOFF;
                    failingSince = null;
                    continue;
                }
                behind = true;
                if (failingSince == null) {
                    failingSince = Instant.now();
                    Log.warnf("Could not record the outcome of %d calls (%s); trying again until the database is back, "
                            + "for up to %s, their leases held meanwhile", batch.size(), unavailable.toString(), patience);
                } else if (Duration.between(failingSince, Instant.now()).compareTo(patience) > 0) {
                    giveUp(batch, unavailable);
                    batch.clear();
                    failingSince = null;
                    continue;
                }
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Applies the batch in one transaction. Returns the failure when the database could not be reached or
     * lost the connection (the batch is then kept, to be applied later); null once the batch is done with.
     */
    private SQLException apply(List<Write> batch) {
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
                return e;
            }
            giveUp(batch, e);
            return null;
        } catch (RuntimeException e) {
            giveUp(batch, e);
            return null;
        }
        batch.forEach(write -> write.applied().complete(applied.contains(write.eventId())));
        return null;
    }

    /**
     * The database is down, restarting, refusing connections or out of them, or gave up the transaction
     * (SQLSTATE classes 08, 53, 57, 40; no state: the pool could not hand out a connection) — as opposed
     * to a statement it rejects, which would fail again.
     */
    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        return state == null || UNAVAILABLE_CLASSES.contains(state.substring(0, Math.min(2, state.length())));
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
