package io.smsauto.dispatcher.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.FinishedCall;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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
 * whether it did.
 */
@ApplicationScoped
public class CallWriter {

    private static final int MAX_BATCH = 2000;

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
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "dispatcher-call-writer");
    private volatile boolean stopping;

    public CallWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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
    }

    private CompletableFuture<Boolean> write(RowUpdate update, Call call, Object... values) {
        Write write = new Write(update, call.eventId(), call.leaseToken(), values, new CompletableFuture<>());
        queue.add(write);
        return write.applied();
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        while (!(stopping && queue.isEmpty())) {
            try {
                Write first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                apply(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void apply(List<Write> batch) {
        Map<RowUpdate, List<Write>> byKind = new LinkedHashMap<>();
        batch.forEach(write -> byKind.computeIfAbsent(write.update(), kind -> new ArrayList<>()).add(write));
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Map.Entry<RowUpdate, List<Write>> kind : byKind.entrySet()) {
                applied.addAll(kind.getKey().apply(connection, kind.getValue()));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            Log.errorf(e, "Could not record the outcome of %d calls; their leases will run out and they will be retried",
                    batch.size());
            batch.forEach(write -> write.applied().completeExceptionally(e));
            return;
        }
        batch.forEach(write -> write.applied().complete(applied.contains(write.eventId())));
    }

    record Write(RowUpdate update, String eventId, String leaseToken, Object[] values, CompletableFuture<Boolean> applied)
            implements RowUpdate.Row {
    }
}
