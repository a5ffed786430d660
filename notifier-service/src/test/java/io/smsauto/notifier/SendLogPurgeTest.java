package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.repository.SendLogPurge;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The send log forgets sends, and results kept for a receipt, from before the retention; nothing newer. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class SendLogPurgeTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SendLogPurge purge;

    @Test
    void rowsFromBeforeTheTimeGoAndNewerOnesStay() throws Exception {
        Instant now = Instant.now();
        String oldSend = UUID.randomUUID().toString();
        String newSend = UUID.randomUUID().toString();
        insertSend(oldSend, now.minus(Duration.ofDays(31)));
        insertSend(newSend, now.minus(Duration.ofDays(29)));
        insertKeptResult(oldSend, now.minus(Duration.ofDays(31)));
        insertKeptResult(newSend, now.minus(Duration.ofDays(29)));
        insertUnconfirmedSms(oldSend, now.minus(Duration.ofDays(31)));
        insertUnconfirmedSms(newSend, now.minus(Duration.ofDays(29)));

        int gone = purge.before(now.minus(Duration.ofDays(30)));

        assertTrue(gone >= 3, String.valueOf(gone));
        assertEquals(0, count("sends", oldSend));
        assertEquals(0, count("unknown_outcome_results", oldSend));
        assertEquals(1, count("sends", newSend));
        assertEquals(1, count("unknown_outcome_results", newSend));
        assertEquals(0, count("unconfirmed_sms", oldSend));
        assertEquals(1, count("unconfirmed_sms", newSend));
    }

    private void insertSend(String eventId, Instant at) throws Exception {
        execute("INSERT INTO notifier.sends (event_id, recipient, status, attempts, created_at, updated_at)"
                + " VALUES (?, '+33600000000', 'SUCCEEDED', 1, ?, ?)", eventId, at, at);
    }

    private void insertKeptResult(String eventId, Instant at) throws Exception {
        execute("INSERT INTO notifier.unknown_outcome_results (event_id, result, updated_at) VALUES (?, '{}'::jsonb, ?)",
                eventId, at);
    }

    private void insertUnconfirmedSms(String eventId, Instant resendAfter) throws Exception {
        execute("INSERT INTO notifier.unconfirmed_sms (event_id, recipient, sender, text, reaches_opted_out, resend_after)"
                + " VALUES (?, '+33600000000', '+33700000000', 'Bonjour', false, ?)", eventId, resendAfter);
    }

    private void execute(String sql, String eventId, Instant... times) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, eventId);
            for (int i = 0; i < times.length; i++) {
                statement.setTimestamp(i + 2, Timestamp.from(times[i]));
            }
            statement.executeUpdate();
        }
    }

    private int count(String table, String eventId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM notifier." + table + " WHERE event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
