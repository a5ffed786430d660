package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.notifier.SandboxMessage;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SMS recorded instead of sent when no Vonage credentials are configured. */
@ApplicationScoped
public class SandboxRepository {

    private static final String COLUMNS = "SELECT id, event_id, sender, recipient, text, created_at FROM notifier.sandbox_messages ";

    private final AgroalDataSource dataSource;

    public SandboxRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the SMS and returns its sandbox id. */
    public long record(OutgoingSms sms) {
        String sql = "INSERT INTO notifier.sandbox_messages (event_id, sender, recipient, text, created_at) "
                + "VALUES (?, ?, ?, ?, now()) RETURNING id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, sms.reference());
            insert.setString(2, sms.from());
            insert.setString(3, sms.to());
            insert.setString(4, sms.text());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a sandbox SMS", e);
        }
    }

    /** The newest {@code limit} messages, newest first; with a number, only those from or to it. */
    public List<SandboxMessage> recent(Optional<String> number, int limit) {
        String sql = number.isPresent()
                ? COLUMNS + "WHERE sender = ? OR recipient = ? ORDER BY id DESC LIMIT ?"
                : COLUMNS + "ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (number.isPresent()) {
                select.setString(parameter++, number.get());
                select.setString(parameter++, number.get());
            }
            select.setInt(parameter, limit);
            try (ResultSet rows = select.executeQuery()) {
                List<SandboxMessage> messages = new ArrayList<>();
                while (rows.next()) {
                    messages.add(new SandboxMessage(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
                return messages;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sandbox messages", e);
        }
    }
}
