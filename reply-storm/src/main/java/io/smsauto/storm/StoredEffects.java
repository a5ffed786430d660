package io.smsauto.storm;

import io.smsauto.infra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The storm's effects that the services keep in PostgreSQL, by the storm senders' numbers (probes left out). */
final class StoredEffects {

    private final PostgresServer postgres;
    private final StormPlan plan;

    StoredEffects(PostgresServer postgres, StormPlan plan) {
        this.postgres = postgres;
        this.plan = plan;
    }

    /** contact-service's opted-out contacts. */
    Set<String> optedOut() throws SQLException {
        return countByNumber("SELECT number, 1 FROM contacts.contacts WHERE opted_out", null).keySet();
    }

    /** contact-service's members of the list {@code listId}. */
    Set<String> listMembers(String listId) throws SQLException {
        return countByNumber("SELECT number, 1 FROM contacts.memberships WHERE list_id = ?::uuid", listId).keySet();
    }

    /** The actions automation-admin's execution history shows SUCCEEDED, per sender of the triggering SMS. */
    Map<String, Integer> historySucceeded() throws SQLException {
        return countByNumber("""
                SELECT e.from_number, count(*) FROM admin.executions e
                JOIN admin.execution_actions a ON a.execution_id = e.event_id
                JOIN admin.action_results r ON r.action_event_id = a.action_event_id
                WHERE r.status = 'SUCCEEDED' GROUP BY e.from_number""", null);
    }

    /** Rows of (number, count) from {@code sql}, with its one parameter when not null. */
    private Map<String, Integer> countByNumber(String sql, String parameter) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD);
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (plan.index(rows.getString(1)) >= 0) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        }
        return counts;
    }
}
