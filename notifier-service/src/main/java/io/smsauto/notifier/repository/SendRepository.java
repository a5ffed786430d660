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
 * every replica.
 */
@ApplicationScoped
public class SendRepository {

    /** A claimed send whose outcome is not recorded yet: being sent, or the process stopped while sending. */
    static final String SENDING = "SENDING";

    /** The detail of a send the loop guard refused. */
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
     * the recipient already got {@code limit.maxSends()} sends in the window. Claims for one recipient
     * take turns on a database lock, so that replicas counting at the same time cannot both pass.
     */
    public Claim claim(String eventId, String recipient, LoopGuardLimit limit) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Claim claim = guardedClaim(connection, eventId, recipient, limit);
                connection.commit();
                return claim;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
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

    private Claim guardedClaim(Connection connection, String eventId, String recipient, LoopGuardLimit limit)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('notifier.sends'), hashtext(?))")) {
            lock.setString(1, recipient);
            lock.execute();
        }
        if (recentSends(connection, recipient, limit) >= limit.maxSends()) {
            return insert(connection, eventId, recipient, ResultStatus.SKIPPED.name(), LOOP_GUARD)
                    ? Claim.refuse(SendOutcome.skipped(LOOP_GUARD)) : Claim.refuse(recorded(connection, eventId, recipient));
        }
        return insert(connection, eventId, recipient, SENDING, null) ? Claim.grant()
                : Claim.refuse(recorded(connection, eventId, recipient));
    }

    /** Sends started in the window, whatever became of them; skipped ones went nowhere and do not count. */
    private static long recentSends(Connection connection, String recipient, LoopGuardLimit limit) throws SQLException {
        String sql = "SELECT count(*) FROM notifier.sends WHERE recipient = ? AND status <> 'SKIPPED' "
                + "AND created_at > now() - make_interval(secs => ?)";
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, recipient);
            count.setDouble(2, limit.window().toMillis() / 1000.0);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
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
                if (!row.next()) {
                    return Optional.empty();
                }
                if (SENDING.equals(row.getString(1))) {
                    return Optional.of(SendOutcome.unknown());
                }
                return Optional.of(new SendOutcome(ResultStatus.valueOf(row.getString(1)), row.getString(2),
                        row.getString(3), row.getInt(4)));
            }
        }
    }
}
