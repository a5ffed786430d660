package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Deletes what the send log no longer needs: sends, results kept for a receipt and SMS kept to be sent
 * again (left there when resends were turned off), from before a time.
 */
@ApplicationScoped
public class SendLogPurge {

    private final AgroalDataSource dataSource;

    public SendLogPurge(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns how many rows went. */
    public int before(Instant before) throws SQLException {
        Timestamp time = Timestamp.from(before);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sends = connection.prepareStatement("DELETE FROM notifier.sends WHERE created_at < ?");
                PreparedStatement kept = connection.prepareStatement(
                        "DELETE FROM notifier.unknown_outcome_results WHERE updated_at < ?");
                PreparedStatement unconfirmed = connection.prepareStatement(
                        "DELETE FROM notifier.unconfirmed_sms WHERE resend_after < ?")) {
            sends.setTimestamp(1, time);
            kept.setTimestamp(1, time);
            unconfirmed.setTimestamp(1, time);
            return sends.executeUpdate() + kept.executeUpdate() + unconfirmed.executeUpdate();
        }
    }
}
