package io.smsauto.contacts.repository;

import io.smsauto.contacts.OptStatus;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Conversions between Java values and what the reactive PostgreSQL client binds and returns. */
final class SqlValues {

    private SqlValues() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /** A contact's status from the columns number, opted_out, status_since and status_requested_at. */
    static OptStatus optStatus(Row row) {
        return new OptStatus(row.getString("number"), row.getBoolean("opted_out"), instant(row, "status_since"),
                instant(row, "status_requested_at"));
    }

    static String[] texts(Collection<String> values) {
        return values.toArray(String[]::new);
    }
}
