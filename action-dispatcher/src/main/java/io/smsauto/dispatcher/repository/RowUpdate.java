package io.smsauto.dispatcher.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One kind of change to the calls table, applied to many rows in one statement: each column's values
 * go as one text array, unnested into rows {@code v(event_id, lease_token, c1, c2…)} and cast where
 * they are used. A row changes only while its lease token still matches.
 */
final class RowUpdate {

    interface Row {
        String eventId();

        String leaseToken();

        /** The values of {@code c1, c2…}, in order; instants, numbers and null as they are. */
        Object[] values();
    }

    private final String sql;
    private final int columns;

    /** @param set the {@code SET} list, reading {@code v.c1…v.cN} (and the current row as {@code c}) */
    RowUpdate(String set, int columns) {
        StringBuilder unnest = new StringBuilder("?::text[], ?::text[]");
        StringBuilder names = new StringBuilder("event_id, lease_token");
        for (int i = 1; i <= columns; i++) {
            unnest.append(", ?::text[]");
            names.append(", c").append(i);
        }
        this.sql = "UPDATE dispatcher.calls c SET " + set + " FROM unnest(" + unnest + ") AS v(" + names + ") "
                + "WHERE c.event_id = v.event_id AND c.lease_token = v.lease_token RETURNING c.event_id";
        this.columns = columns;
    }

    /** Returns the event ids of the rows it changed. */
    Set<String> apply(Connection connection, List<? extends Row> rows) throws SQLException {
        String[][] arrays = new String[columns + 2][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            arrays[0][r] = row.eventId();
            arrays[1][r] = row.leaseToken();
            for (int c = 0; c < columns; c++) {
                Object value = row.values()[c];
                arrays[c + 2][r] = value == null ? null : value.toString();
            }
        }
        Set<String> changed = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, connection.createArrayOf("text", arrays[i]));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    changed.add(result.getString(1));
                }
            }
        }
        return changed;
    }
}
