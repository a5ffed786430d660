package io.smsauto.contacts.repository;

import static io.smsauto.contacts.repository.SqlValues.instant;
import static io.smsauto.contacts.repository.SqlValues.timestamp;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ListMember;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Lists' members, many rows per statement. The contacts must exist. */
@ApplicationScoped
public class MembershipStore {

    private static final String LOCK_LISTS = "SELECT id FROM contacts.lists WHERE id = ANY($1) FOR KEY SHARE";

    private static final String ADD = """
            INSERT INTO contacts.memberships (list_id, number, added_at)
            SELECT list_id, number, $3 FROM unnest($1::uuid[], $2::text[]) AS m(list_id, number) ORDER BY list_id, number
            ON CONFLICT (list_id, number) DO NOTHING
            RETURNING list_id, number""";

    private static final String REMOVE = """
            DELETE FROM contacts.memberships m
            USING unnest($1::uuid[], $2::text[]) AS r(list_id, number)
            WHERE m.list_id = r.list_id AND m.number = r.number
            RETURNING m.list_id, m.number""";

    private static final String ADDED_AT = "SELECT added_at FROM contacts.memberships WHERE list_id = $1 AND number = $2";

    /** The lists among {@code ids} that exist; they cannot be deleted before the transaction ends. */
    public Uni<Set<UUID>> lockExistingLists(SqlConnection connection, Collection<UUID> ids) {
        return connection.preparedQuery(LOCK_LISTS).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
            Set<UUID> existing = new HashSet<>();
            rows.forEach(row -> existing.add(row.getUUID("id")));
            return existing;
        });
    }

    /** Adds the members that are not on their list yet; returns those it added. */
    public Uni<Set<ListMember>> add(SqlConnection connection, Collection<ListMember> members, Instant at) {
        if (members.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return connection.preparedQuery(ADD).execute(columns(members).addValue(timestamp(at)))
                .map(MembershipStore::members);
    }

    /** Removes the members that are on their list; returns those it removed. */
    public Uni<Set<ListMember>> remove(SqlConnection connection, Collection<ListMember> members) {
        if (members.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return connection.preparedQuery(REMOVE).execute(columns(members)).map(MembershipStore::members);
    }

    public Uni<Optional<Instant>> addedAt(SqlConnection connection, ListMember member) {
        return connection.preparedQuery(ADDED_AT).execute(Tuple.of(member.listId(), member.number()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(instant(rows.iterator().next(), "added_at")));
    }

    private static Tuple columns(Collection<ListMember> members) {
        return Tuple.of(members.stream().map(ListMember::listId).toArray(UUID[]::new),
                members.stream().map(ListMember::number).toArray(String[]::new));
    }

    private static Set<ListMember> members(RowSet<Row> rows) {
        Set<ListMember> members = new HashSet<>();
        rows.forEach(row -> members.add(new ListMember(row.getUUID("list_id"), row.getString("number"))));
        return members;
    }
}
