package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMS whose outcome was unknown, kept to be sent again when no delivery receipt settles them in
 * time ({@code notifier.unconfirmed_sms}). Times are the database's, the same for every replica.
 */
@ApplicationScoped
public class UnconfirmedSmsRepository {

    private final AgroalDataSource dataSource;

    public UnconfirmedSmsRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps an SMS to be sent again after {@code wait}; an SMS kept before (taken or not) stays as it was. */
    public void keep(KeptSms kept, Duration wait) {
        String sql = "INSERT INTO notifier.unconfirmed_sms (event_id, recipient, sender, text, reaches_opted_out, "
                + "resend_after) VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?)) ON CONFLICT DO NOTHING";
        OutgoingSms sms = kept.sms();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, sms.reference());
            insert.setString(2, sms.to());
            insert.setString(3, sms.from());
            insert.setString(4, sms.text());
            insert.setBoolean(5, kept.reachesOptedOut());
            insert.setDouble(6, wait.toMillis() / 1000.0);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the unconfirmed SMS " + sms.reference() + " to " + sms.to(), e);
        }
    }

    /** Up to {@code limit} kept SMS whose time to be sent again has come, the longest waiting first. */
    public List<KeptSms> due(int limit) {
        String sql = "SELECT event_id, sender, recipient, text, reaches_opted_out FROM notifier.unconfirmed_sms "
                + "WHERE taken_at IS NULL AND resend_after <= now() ORDER BY resend_after LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            List<KeptSms> due = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new KeptSms(new OutgoingSms(row.getString(1), row.getString(2), row.getString(3),
                            row.getString(4)), row.getBoolean(5)));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the unconfirmed SMS due", e);
        }
    }

    /** Takes the kept SMS of {@code send}, for good; false when it is not kept, or was taken before. */
    public boolean take(Connection connection, SendKey send) throws SQLException {
        String sql = "UPDATE notifier.unconfirmed_sms SET taken_at = now() "
                + "WHERE event_id = ? AND recipient = ? AND taken_at IS NULL";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, send.eventId());
            update.setString(2, send.recipient());
            return update.executeUpdate() == 1;
        }
    }
}
