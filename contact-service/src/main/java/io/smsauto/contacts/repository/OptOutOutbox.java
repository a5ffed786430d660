package io.smsauto.contacts.repository;

import static io.smsauto.contacts.repository.SqlValues.optStatus;
import static io.smsauto.contacts.repository.SqlValues.texts;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.OptStatus;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Opt-out status changes committed but not yet on contacts.opt-outs. */
@ApplicationScoped
public class OptOutOutbox {

    private static final String APPEND = "INSERT INTO contacts.opt_out_outbox (number) SELECT unnest($1::text[])";

    private static final String LOCK_RELAY = "SELECT pg_advisory_xact_lock(hashtextextended('contacts.opt_out_outbox relay', 0))";

    // one statement, so the status read is at least as new as every change whose row it returns
    private static final String PENDING = """
            SELECT o.seq, c.number, c.opted_out, c.status_since, c.status_requested_at
            FROM contacts.opt_out_outbox o JOIN contacts.contacts c ON c.number = o.number
            ORDER BY o.seq LIMIT $1""";

    private static final String DELETE = """
            DELETE FROM contacts.opt_out_outbox o USING unnest($1::bigint[]) AS d(seq) WHERE o.seq = d.seq""";

    /** A change to publish, with the number's current status. */
    public record Pending(long seq, OptStatus current) {
    }

    /** Records, in the caller's transaction, that the status of {@code numbers} changed. */
    public Uni<Void> append(SqlConnection connection, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(APPEND).execute(Tuple.of(texts(numbers))).replaceWithVoid();
    }

    /** Makes the caller the only relay, on every replica, until its transaction ends. */
    public Uni<Void> lockRelay(SqlConnection connection) {
        return connection.query(LOCK_RELAY).execute().replaceWithVoid();
    }

    /** The oldest {@code limit} pending changes, each with the current status of its number. */
    public Uni<List<Pending>> oldest(SqlConnection connection, int limit) {
        return connection.preparedQuery(PENDING).execute(Tuple.of(limit)).map(rows -> {
            List<Pending> pending = new ArrayList<>();
            for (Row row : rows) {
                pending.add(new Pending(row.getLong("seq"), optStatus(row)));
            }
            return pending;
        });
    }

    public Uni<Void> delete(SqlConnection connection, Collection<Long> seqs) {
        return connection.preparedQuery(DELETE).execute(Tuple.of(seqs.toArray(Long[]::new))).replaceWithVoid();
    }
}
