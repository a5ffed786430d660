package io.smsauto.notifier.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventJson;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What settles the sends whose outcome was unknown: the send log's rows, locked while a delivery
 * receipt confirms one, and the results published with an unknown outcome
 * ({@code notifier.unknown_outcome_results}). The caller runs the steps in one transaction: the rows
 * of the sends first, then the result, always in that order.
 */
@ApplicationScoped
public class UnknownOutcomeRepository {

    /** Work on one connection, in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final AgroalDataSource dataSource;

    public UnknownOutcomeRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} in a transaction, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T done = work.run(connection);
                connection.commit();
                return done;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot settle unknown outcomes", e);
        }
    }

    /** What the send log holds for one send, locked to the end of the transaction; empty when never claimed. */
    public Optional<SendOutcome> lockSend(Connection connection, SendKey send) throws SQLException {
        String sql = "SELECT status, detail, provider_reference, attempts FROM notifier.sends "
                + "WHERE event_id = ? AND recipient = ? FOR UPDATE";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, send.eventId());
            select.setString(2, send.recipient());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(SendRepository.outcome(row, 1)) : Optional.empty();
            }
        }
    }

    /** Marks a send locked by {@link #lockSend} as being sent (again): its outcome is not known until recorded. */
    public void reclaim(Connection connection, SendKey send) throws SQLException {
        String sql = "UPDATE notifier.sends SET status = '" + SendRepository.SENDING + "', detail = NULL, "
                + "updated_at = now() WHERE event_id = ? AND recipient = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, send.eventId());
            update.setString(2, send.recipient());
            update.executeUpdate();
        }
    }

    /** Records the outcome of a send locked by {@link #lockSend}. */
    public void recordSend(Connection connection, SendKey send, SendOutcome outcome) throws SQLException {
        String sql = "UPDATE notifier.sends SET status = ?, detail = ?, provider_reference = ?, attempts = ?, "
                + "updated_at = now() WHERE event_id = ? AND recipient = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, outcome.status().name());
            update.setString(2, outcome.detail());
            update.setString(3, outcome.providerReference());
            update.setInt(4, outcome.attempts());
            update.setString(5, send.eventId());
            update.setString(6, send.recipient());
            update.executeUpdate();
        }
    }

    /** The result last published for the event with an unknown outcome, locked; empty when there is none. */
    public Optional<ActionResult> lockResult(Connection connection, String eventId) throws SQLException {
        String sql = "SELECT result FROM notifier.unknown_outcome_results WHERE event_id = ? FOR UPDATE";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Keeps {@code result} as the one last published for its event. */
    public void keepResult(Connection connection, ActionResult result) throws SQLException {
        String sql = "INSERT INTO notifier.unknown_outcome_results (event_id, result, updated_at) "
                + "VALUES (?, ?::jsonb, now()) "
                + "ON CONFLICT (event_id) DO UPDATE SET result = excluded.result, updated_at = excluded.updated_at";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, result.eventId());
            upsert.setString(2, write(result));
            upsert.executeUpdate();
        }
    }

    private static String write(ActionResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.eventId(), e);
        }
    }

    private static ActionResult read(String json) {
        try {
            return JSON.readValue(json, ActionResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable kept result", e);
        }
    }
}
