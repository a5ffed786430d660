package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** SMS recorded instead of sent when no Vonage credentials are configured. */
@ApplicationScoped
public class SandboxRepository {

    private final AgroalDataSource dataSource;

    public SandboxRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the SMS and returns its sandbox id. */
    public long record(OutgoingSms sms) {
        String sql = "INSERT INTO notifier.sandbox_messages (event_id, sender, recipient, text, created_at) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, sms.reference());
            insert.setString(2, sms.from());
            insert.setString(3, sms.to());
            insert.setString(4, sms.text());
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a sandbox SMS", e);
        }
    }
}
