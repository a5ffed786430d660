package io.smsauto.admin;

import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * What a crash between commit and publication leaves behind, written straight into the database:
 * a committed change (or deletion) of an automation whose changelog event was never sent.
 */
final class CrashedChanges {

    private CrashedChanges() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(EmbeddedInfraTestResource.infra().postgres().jdbcUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** An automation saved with its outbox entry, as the API's transaction commits it; returns its id. */
    static UUID savedButNotPublished(Connection db, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("""
                insert into admin.automations (id, name, enabled, numbers, keywords, match_mode, actions, created_at,
                    updated_at, version)
                values (?, ?, true, '[]', ?, 'EXACT',
                    '[{"id": "a1", "name": "Reply", "type": "SEND_REPLY", "message": "Hi"}]', ?, ?, 0)""")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, "[\"CRASH" + id.toString().substring(0, 8).toUpperCase() + "\"]");
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        pending(db, id);
        return id;
    }

    /** An outbox entry for an automation that is no longer stored: its deletion was committed, not published. */
    static UUID deletedButNotPublished(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        pending(db, id);
        return id;
    }

    private static void pending(Connection db, UUID id) throws SQLException {
        try (PreparedStatement outbox = db.prepareStatement(
                "insert into admin.changelog_outbox (automation_id, created_at) values (?, now())")) {
            outbox.setObject(1, id);
            outbox.executeUpdate();
        }
    }
}
