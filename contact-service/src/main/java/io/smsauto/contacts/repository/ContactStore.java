package io.smsauto.contacts.repository;

import static io.smsauto.contacts.repository.SqlValues.optStatus;
import static io.smsauto.contacts.repository.SqlValues.texts;
import static io.smsauto.contacts.repository.SqlValues.timestamp;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.OptStatus;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Contacts and their opt-out status, many rows per statement. Numbers are E.164. */
@ApplicationScoped
public class ContactStore {

    // sorted, so that transactions touching the same numbers lock them in the same order
    private static final String CREATE_MISSING = """
            INSERT INTO contacts.contacts (number, created_at)
            SELECT n, $2 FROM unnest($1::text[]) AS n ORDER BY n
            ON CONFLICT (number) DO NOTHING""";

    // a join rather than "= ANY($1)", for the reason given in ProcessedEventStore
    private static final String LOCK_STATUSES = """
            SELECT c.number, c.opted_out, c.status_since, c.status_requested_at
            FROM unnest($1::text[]) AS n(number) JOIN contacts.contacts c ON c.number = n.number
            ORDER BY c.number FOR UPDATE OF c""";

    private static final String SAVE_STATUSES = """
            UPDATE contacts.contacts c
            SET opted_out = s.opted_out, status_since = s.since, status_requested_at = s.requested_at
            FROM unnest($1::text[], $2::bool[], $3::timestamptz[], $4::timestamptz[]) AS s(number, opted_out, since, requested_at)
            WHERE c.number = s.number""";

    /** Creates, subscribed, the contacts among {@code numbers} that do not exist yet. */
    public Uni<Void> createMissing(SqlConnection connection, Collection<String> numbers, Instant at) {
        if (numbers.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(CREATE_MISSING).execute(Tuple.of(texts(numbers), timestamp(at))).replaceWithVoid();
    }

    /** The status of each of {@code numbers} that exists, locked until the transaction ends. */
    public Uni<Map<String, OptStatus>> lockStatuses(SqlConnection connection, Collection<String> numbers) {
        return connection.preparedQuery(LOCK_STATUSES).execute(Tuple.of(texts(numbers))).map(rows -> {
            Map<String, OptStatus> statuses = new HashMap<>();
            for (Row row : rows) {
                OptStatus status = optStatus(row);
                statuses.put(status.number(), status);
            }
            return statuses;
        });
    }

    public Uni<Void> saveStatuses(SqlConnection connection, Collection<OptStatus> statuses) {
        if (statuses.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple values = Tuple.of(
                statuses.stream().map(OptStatus::number).toArray(String[]::new),
                statuses.stream().map(OptStatus::optedOut).toArray(Boolean[]::new),
                statuses.stream().map(s -> timestamp(s.since())).toArray(OffsetDateTime[]::new),
                statuses.stream().map(s -> timestamp(s.requestedAt())).toArray(OffsetDateTime[]::new));
        return connection.preparedQuery(SAVE_STATUSES).execute(values).replaceWithVoid();
    }
}
