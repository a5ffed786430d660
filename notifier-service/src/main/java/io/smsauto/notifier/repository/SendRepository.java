package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The send log: one row per (action event, recipient), written before anything is sent, so that a
 * redelivered event, a restart or a second replica never sends the same message twice. It also
 * counts each recipient's recent sends for the loop guard. Times are the database's, the same for
 * every replica. One round trip per call in the usual case.
 */
@ApplicationScoped
public class SendRepository {

    /** A claimed send whose outcome is not recorded yet: being sent, or the process stopped while sending. */
    static final String SENDING = "SENDING";

    /** The detail of a send the loop guard refused, as claim_guarded_send records it. */
    public static final String LOOP_GUARD = "loop-guard";

    private static final String INSERT = "INSERT INTO notifier.sends "
            + "(event_id, recipient, status, detail, attempts, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, 0, now(), now()) ON CONFLICT DO NOTHING";

    private final AgroalDataSource dataSource;

    public SendRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims a send that no loop guard limits (an email). */
    public Claim claim(String eventId, String recipient) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, eventId, recipient, SENDING, null) ? Claim.grant()
                    : Claim.refuse(recorded(connection, eventId, recipient));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim send " + eventId + " to " + recipient, e);
        }
    }

    /**
     * Claims a send under the loop guard: refused (and recorded as SKIPPED {@code loop-guard}) when
     * the recipient already got {@code limit.maxSends()} sends in the window. One call of
     * {@code notifier.claim_guarded_send}, which makes the claims for one recipient take turns.
     */
    public Claim claim(String eventId, String recipient, LoopGuardLimit limit) {
        String sql = "SELECT granted, status, detail, provider_reference, attempts "
                + "FROM notifier.claim_guarded_send(?, ?, ?, make_interval(secs => ?))";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(sql)) {
            claim.setString(1, eventId);
            claim.setString(2, recipient);
            claim.setInt(3, limit.maxSends());
            claim.setDouble(4, limit.window().toMillis() / 1000.0);
            try (ResultSet row = claim.executeQuery()) {
                row.next();
                return row.getBoolean(1) ? Claim.grant() : Claim.refuse(outcome(row, 2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim send " + eventId + " to " + recipient, e);
        }
    }

    /** Records a decision taken without sending (a suppression); returns what the log holds, an earlier outcome first. */
    public SendOutcome recordOnce(String eventId, String recipient, SendOutcome decided) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, eventId, recipient, decided.status().name(), decided.detail()) ? decided
                    : recorded(connection, eventId, recipient);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record send " + eventId + " to " + recipient, e);
        }
    }

    public void complete(String eventId, String recipient, SendOutcome outcome) {
        String sql = "UPDATE notifier.sends SET status = ?, detail = ?, provider_reference = ?, attempts = ?, "
                + "updated_at = now() WHERE event_id = ? AND recipient = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, outcome.status().name());
            update.setString(2, outcome.detail());
            update.setString(3, outcome.providerReference());
            update.setInt(4, outcome.attempts());
            update.setString(5, eventId);
            update.setString(6, recipient);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record send " + eventId + " to " + recipient, e);
        }
    }

    /** What the log holds for one send; empty when it was never claimed. */
    public Optional<SendOutcome> find(String eventId, String recipient) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, eventId, recipient);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read send " + eventId + " to " + recipient, e);
        }
    }

    private static boolean insert(Connection connection, String eventId, String recipient, String status,
            String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, eventId);
            insert.setString(2, recipient);
            insert.setString(3, status);
            insert.setString(4, detail);
            return insert.executeUpdate() == 1;
        }
    }

    private static SendOutcome recorded(Connection connection, String eventId, String recipient) throws SQLException {
        return find(connection, eventId, recipient)
                .orElseThrow(() -> new IllegalStateException("send " + eventId + " to " + recipient + " vanished"));
    }

    private static Optional<SendOutcome> find(Connection connection, String eventId, String recipient)
            throws SQLException {
        String sql = "SELECT status, detail, provider_reference, attempts FROM notifier.sends "
                + "WHERE event_id = ? AND recipient = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, eventId);
            select.setString(2, recipient);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(outcome(row, 1)) : Optional.empty();
            }
        }
    }

    /** The outcome in the columns status, detail, provider_reference, attempts from {@code first} on. */
    private static SendOutcome outcome(ResultSet row, int first) throws SQLException {
        String status = row.getString(first);
        return SENDING.equals(status) ? SendOutcome.unknown()
                : new SendOutcome(ResultStatus.valueOf(status), row.getString(first + 1), row.getString(first + 2),
                        row.getInt(first + 3));
    }
}
