package io.smsauto.contacts.messaging;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.OptStatus;
import io.smsauto.contacts.repository.OptOutOutbox;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves committed opt-out changes from the outbox to {@code contacts.opt-outs}. One relay runs at a
 * time across replicas (a transaction-scoped advisory lock); it publishes each pending number's
 * status as read together with the outbox rows, waits for the broker, and only then deletes those
 * rows. So the topic's last record for a number is never older than the table: a change committed
 * after that read leaves a row that a later run publishes, and rows whose publication failed stay.
 */
@ApplicationScoped
public class OptOutRelay {

    static final int BATCH = 500;

    private final Pool pool;
    private final OptOutOutbox outbox;
    private final OptOutPublisher publisher;

    public OptOutRelay(Pool pool, OptOutOutbox outbox, OptOutPublisher publisher) {
        this.pool = pool;
        this.outbox = outbox;
        this.publisher = publisher;
    }

    /** Publishes every pending change; completes once the broker has them all. */
    public Uni<Void> publishPending() {
        return pool.withTransaction(connection -> outbox.lockRelay(connection).chain(() -> publishOldest(connection)))
                .chain(published -> published < BATCH ? Uni.createFrom().voidItem() : publishPending());
    }

    /** {@link #publishPending()} after a commit: a failure is logged and left to the repair. */
    public Uni<Void> publishCommitted() {
        return publishPending()
                .onFailure().invoke(e -> Log.warnf("Opt-out changes not published yet, the repair will retry: %s", e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Publishes what a crash or a broker outage left behind: first at start, then periodically. */
    @Scheduled(every = "${contacts.opt-outs.repair-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> repair() {
        return publishCommitted();
    }

    private Uni<Integer> publishOldest(SqlConnection connection) {
        return outbox.oldest(connection, BATCH).chain(pending -> {
            if (pending.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Map<String, OptStatus> statuses = new LinkedHashMap<>();
            pending.forEach(change -> statuses.put(change.current().number(), change.current()));
            List<Long> seqs = pending.stream().map(OptOutOutbox.Pending::seq).toList();
            return publisher.publish(statuses.values())
                    .chain(() -> outbox.delete(connection, seqs))
                    .replaceWith(pending.size());
        });
    }
}
