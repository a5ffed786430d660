package io.smsauto.dispatcher.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.FinishedCall;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records what happened to calls without blocking the event loop that made them: the writes queue
 * up and one thread applies everything waiting in a single transaction, so that thousands of calls a
 * second cost a few transactions, not thousands. Each write only applies while the caller still
 * holds the row's lease; its future tells whether it did.
 */
@ApplicationScoped
public class CallWriter {

    private static final int MAX_BATCH = 1000;
    private static final String OWNED = " WHERE event_id = ? AND lease_token = ?";

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "dispatcher-call-writer");
    private volatile boolean stopping;

    public CallWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An attempt failed and another is due at {@code nextAttemptAt}; the lease is given up until then. */
    public CompletableFuture<Boolean> retryLater(Call call, int attempts, Instant nextAttemptAt, Integer httpStatus,
            String error, Long lastCallMillis) {
        return write("UPDATE dispatcher.calls SET attempts = ?, next_attempt_at = ?, lease_token = NULL, "
                + "lease_until = NULL, http_status = ?, error = ?, last_call_ms = ?, "
                + "first_attempt_at = COALESCE(first_attempt_at, ?)" + OWNED,
                attempts, nextAttemptAt, httpStatus, error, lastCallMillis, call.firstAttemptAt(), call.eventId(),
                call.leaseToken());
    }

    /** The call was not attempted (its host was busy, its lease too short): it waits until {@code nextAttemptAt}. */
    public CompletableFuture<Boolean> release(Call call, Instant nextAttemptAt) {
        return write("UPDATE dispatcher.calls SET next_attempt_at = ?, lease_token = NULL, lease_until = NULL" + OWNED,
                nextAttemptAt, call.eventId(), call.leaseToken());
    }

    public CompletableFuture<Boolean> finish(FinishedCall finished) {
        Call call = finished.call();
        return write("UPDATE dispatcher.calls SET status = ?, attempts = ?, http_status = ?, error = ?, "
                + "last_call_ms = ?, first_attempt_at = COALESCE(first_attempt_at, ?), finished_at = ?" + OWNED,
                finished.status().name(), finished.attempts(), finished.httpStatus(), finished.error(),
                finished.lastCallMillis(), call.firstAttemptAt(), finished.finishedAt(), call.eventId(),
                call.leaseToken());
    }

    /** The result (and for a failure the dead letter) is on Kafka. */
    public CompletableFuture<Boolean> reported(Call call, Instant at) {
        return write("UPDATE dispatcher.calls SET reported_at = ?" + OWNED, at, call.eventId(), call.leaseToken());
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

    private CompletableFuture<Boolean> write(String sql, Object... params) {
        Write write = new Write(sql, Arrays.asList(params), new CompletableFuture<>());
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
        Map<String, List<Write>> bySql = new LinkedHashMap<>();
        batch.forEach(write -> bySql.computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(write));
        List<Runnable> completions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Map.Entry<String, List<Write>> group : bySql.entrySet()) {
                try (PreparedStatement statement = connection.prepareStatement(group.getKey())) {
                    for (Write write : group.getValue()) {
                        Sql.bind(statement, write.params());
                        statement.addBatch();
                    }
                    int[] counts = statement.executeBatch();
                    for (int i = 0; i < counts.length; i++) {
                        CompletableFuture<Boolean> future = group.getValue().get(i).applied();
                        boolean done = counts[i] > 0;
                        completions.add(() -> future.complete(done));
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            Log.errorf(e, "Could not record the outcome of %d calls; their leases will run out and they will be retried",
                    batch.size());
            batch.forEach(write -> write.applied().completeExceptionally(e));
            return;
        }
        completions.forEach(Runnable::run);
    }

    private record Write(String sql, List<Object> params, CompletableFuture<Boolean> applied) {
    }
}
