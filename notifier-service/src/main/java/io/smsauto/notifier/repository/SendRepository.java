package io.smsauto.notifier.repository;

import io.agroal.api.AgroalDataSource;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The send log: one row per (action event, recipient), written before anything is sent, so that a
 * redelivered event, a restart or a second replica never sends the same message twice. It also
 * counts each recipient's recent sends for the loop guard. Times are the database's, the same for
 * every replica. One round trip per call in the usual case; claims and outcomes of many sends can
 * go in one.
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

    private static final String RECORD_AND_CLAIM = "SELECT item, granted, status, detail, provider_reference, attempts "
            + "FROM notifier.record_and_claim_sends(?, ?, ?, ?, ?, ?, ?, ?, ?, make_interval(secs => ?)) ORDER BY item";

    /** The loop guard of a call that claims nothing. */
    private static final LoopGuardLimit NO_CLAIMS = new LoopGuardLimit(0, Duration.ZERO);

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
     * the recipient already got {@code limit.maxSends()} sends in the window.
     */
    public Claim claim(String eventId, String recipient, LoopGuardLimit limit) {
        return claimAll(List.of(new SendKey(eventId, recipient)), limit).get(0);
    }

    /**
     * {@link #claim(String, String, LoopGuardLimit)} for several sends in one call, which makes the
     * claims for one recipient take turns, those of this batch included; the claims in the order of
     * {@code sends}.
     */
    public List<Claim> claimAll(List<SendKey> sends, LoopGuardLimit limit) {
        return completeAndClaimAll(List.of(), sends, limit);
    }

    /**
     * Records the outcomes of claimed sends, then claims SMS under the loop guard, in one call of
     * {@code notifier.record_and_claim_sends}: one round trip and one transaction, so the outcomes are
     * recorded no later than the claims; the claims in the order of {@code sends}.
     */
    public List<Claim> completeAndClaimAll(List<Completion> completions, List<SendKey> sends, LoopGuardLimit limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RECORD_AND_CLAIM)) {
            bindCompletions(connection, statement, completions);
            bindClaims(connection, statement, 7, sends, limit);
            return claims(statement, sends.size());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + completions.size() + " outcome(s) and claim "
                    + sends.size() + " send(s)", e);
        }
    }

    private static void bindClaims(Connection connection, PreparedStatement claim, int first, List<SendKey> sends,
            LoopGuardLimit limit) throws SQLException {
        claim.setArray(first, connection.createArrayOf("text", sends.stream().map(SendKey::eventId).toArray()));
        claim.setArray(first + 1, connection.createArrayOf("text", sends.stream().map(SendKey::recipient).toArray()));
        claim.setInt(first + 2, limit.maxSends());
        claim.setDouble(first + 3, limit.window().toMillis() / 1000.0);
    }

    private static List<Claim> claims(PreparedStatement claim, int count) throws SQLException {
        List<Claim> claims = new ArrayList<>(count);
        try (ResultSet rows = claim.executeQuery()) {
            while (rows.next()) {
                claims.add(rows.getBoolean(2) ? Claim.grant() : Claim.refuse(outcome(rows, 3)));
            }
        }
        return claims;
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
        completeAll(List.of(new Completion(new SendKey(eventId, recipient), outcome)));
    }

    /** Records the outcomes of several claimed sends in one call. */
    public void completeAll(List<Completion> completions) {
        completeAndClaimAll(completions, List.of(), NO_CLAIMS);
    }

    private static void bindCompletions(Connection connection, PreparedStatement statement,
            List<Completion> completions) throws SQLException {
        statement.setArray(1, texts(connection, completions, c -> c.send().eventId()));
        statement.setArray(2, texts(connection, completions, c -> c.send().recipient()));
        statement.setArray(3, texts(connection, completions, c -> c.outcome().status().name()));
        statement.setArray(4, texts(connection, completions, c -> c.outcome().detail()));
        statement.setArray(5, texts(connection, completions, c -> c.outcome().providerReference()));
        statement.setArray(6, connection.createArrayOf("integer",
                completions.stream().map(c -> c.outcome().attempts()).toArray()));
    }

    /** What the log holds for one send; empty when it was never claimed. */
    public Optional<SendOutcome> find(String eventId, String recipient) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, eventId, recipient);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read send " + eventId + " to " + recipient, e);
        }
    }

    private static Array texts(Connection connection, List<Completion> completions,
            Function<Completion, String> field) throws SQLException {
        return connection.createArrayOf("text", completions.stream().map(field).toArray());
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
    static SendOutcome outcome(ResultSet row, int first) throws SQLException {
        String status = row.getString(first);
        return SENDING.equals(status) ? SendOutcome.unknown()
                : new SendOutcome(ResultStatus.valueOf(status), row.getString(first + 1), row.getString(first + 2),
                        row.getInt(first + 3));
    }
}
