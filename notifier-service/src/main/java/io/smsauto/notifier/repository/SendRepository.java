package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.sms.SmsOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The send log: one row per (action event, recipient), claimed before anything is sent, so that a
 * redelivered event or a second replica never sends the same SMS twice.
 */
@ApplicationScoped
public class SendRepository {

    /** A claimed send whose outcome was never recorded: the process stopped while sending. */
    public static final String SENDING = "SENDING";

    private final AgroalDataSource dataSource;

    public SendRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this call claimed the send; false when it was claimed before (see {@link #find}). */
    public boolean claim(String eventId, String recipient) {
        String sql = "INSERT INTO notifier.sends (event_id, recipient, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, eventId);
            insert.setString(2, recipient);
            insert.setString(3, SENDING);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim send " + eventId + " to " + recipient, e);
        }
    }

    public void complete(String eventId, String recipient, SmsOutcome outcome) {
        String sql = "UPDATE notifier.sends SET status = ?, detail = ?, provider_reference = ?, updated_at = ? "
                + "WHERE event_id = ? AND recipient = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, outcome.status().name());
            update.setString(2, outcome.detail());
            update.setString(3, outcome.providerReference());
            update.setTimestamp(4, Timestamp.from(Instant.now()));
            update.setString(5, eventId);
            update.setString(6, recipient);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record send " + eventId + " to " + recipient, e);
        }
    }

    /** The recorded outcome; empty while the send is claimed but unfinished. */
    public Optional<SmsOutcome> outcome(String eventId, String recipient) {
        String sql = "SELECT status, detail, provider_reference FROM notifier.sends WHERE event_id = ? AND recipient = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, eventId);
            select.setString(2, recipient);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || SENDING.equals(row.getString(1))) {
                    return Optional.empty();
                }
                return Optional.of(new SmsOutcome(ResultStatus.valueOf(row.getString(1)), row.getString(2),
                        row.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read send " + eventId + " to " + recipient, e);
        }
    }
}
