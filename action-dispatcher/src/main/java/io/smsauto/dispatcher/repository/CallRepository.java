package io.smsauto.dispatcher.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.DeadLetter;
import io.smsauto.dispatcher.FinishedCall;
import io.smsauto.dispatcher.client.RequestPlanner;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ResultStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The calls table: the queue of forward-to-url events, their retry schedule and their dead letters.
 * A replica takes rows with a lease (a token and an expiry) so that several replicas never work on
 * the same row, and takes over the rows of a replica that stopped once their lease ran out.
 */
@ApplicationScoped
public class CallRepository {

    private static final String CALL_COLUMNS = "event_id, event, lease_token, lease_until, attempts, first_attempt_at";

    /** Puts a dead letter back in the queue: a fresh set of attempts, due now, owned by nobody. */
    private static final String REPLAY = "UPDATE dispatcher.calls SET status = 'PENDING', attempts = 0, "
            + "next_attempt_at = ?, lease_token = NULL, lease_until = NULL, first_attempt_at = NULL, "
            + "finished_at = NULL, reported_at = NULL, replays = replays + 1 WHERE status = 'FAILED' AND ";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public CallRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Stores the calls not stored before, leased to their token (one for all), in one statement;
     * returns those, in order.
     */
    public List<Call> insertNew(List<Call> calls, Instant now) {
        if (calls.isEmpty()) {
            return List.of();
        }
        String sql = "INSERT INTO dispatcher.calls (event_id, event, contact, method, url, host, status, attempts, "
                + "next_attempt_at, lease_token, lease_until, received_at) "
                + "SELECT e.event_id, e.event, e.contact, e.method, e.url, e.host, 'PENDING', 0, ?, ?, ?, ? "
                + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                + "AS e(event_id, event, contact, method, url, host) "
                + "ON CONFLICT (event_id) DO NOTHING RETURNING event_id";
        String[][] columns = new String[6][calls.size()];
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            var action = call.request().action();
            columns[0][i] = call.eventId();
            columns[1][i] = call.event();
            columns[2][i] = call.contact();
            columns[3][i] = action.method() == null ? null : action.method().name();
            columns[4][i] = action.url();
            columns[5][i] = RequestPlanner.hostOf(action.url());
        }
        Set<String> inserted = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            Sql.bind(insert, List.of(now, calls.get(0).leaseToken(), calls.get(0).leaseUntil(), now));
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(5 + c, connection.createArrayOf("text", columns[c]));
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + calls.size() + " calls", e);
        }
        return calls.stream().filter(call -> inserted.contains(call.eventId())).toList();
    }

    /** Leases up to {@code limit} calls whose next attempt is due and that nobody owns. */
    public List<Call> claimDue(int limit, String token, Instant now, Instant leaseUntil) {
        String sql = "UPDATE dispatcher.calls SET lease_token = ?, lease_until = ? WHERE event_id IN ("
                + "SELECT event_id FROM dispatcher.calls WHERE status = 'PENDING' AND next_attempt_at <= ? "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
                + "RETURNING " + CALL_COLUMNS;
        List<Call> calls = new ArrayList<>();
        query(sql, List.of(token, leaseUntil, now, now, limit), row -> calls.add(call(row)));
        return calls;
    }

    /** Leases up to {@code limit} finished calls whose result never reached Kafka and that nobody owns. */
    public List<FinishedCall> claimUnreported(int limit, String token, Instant now, Instant leaseUntil) {
        String sql = "UPDATE dispatcher.calls SET lease_token = ?, lease_until = ? WHERE event_id IN ("
                + "SELECT event_id FROM dispatcher.calls WHERE status <> 'PENDING' AND reported_at IS NULL "
                + "AND (lease_until IS NULL OR lease_until < ?) LIMIT ? FOR UPDATE SKIP LOCKED) "
                + "RETURNING " + CALL_COLUMNS + ", status, http_status, error, last_call_ms, finished_at";
        List<FinishedCall> finished = new ArrayList<>();
        query(sql, List.of(token, leaseUntil, now, limit), row -> finished.add(new FinishedCall(call(row),
                ResultStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                (Integer) row.getObject("http_status"), row.getString("error"), (Long) row.getObject("last_call_ms"),
                Sql.instant(row.getTimestamp("finished_at")))));
        return finished;
    }

    /** The dead letters, newest first; of one host when {@code host} is not null. */
    public List<DeadLetter> deadLetters(String host, int offset, int limit) {
        String sql = "SELECT event, host, attempts, http_status, error, first_attempt_at, finished_at, replays "
                + "FROM dispatcher.calls WHERE status = 'FAILED' AND (?::text IS NULL OR host = ?) "
                + "ORDER BY finished_at DESC, event_id LIMIT ? OFFSET ?";
        List<DeadLetter> letters = new ArrayList<>();
        query(sql, Arrays.asList(host, host, limit, offset), row -> letters.add(new DeadLetter(
                read(row.getString("event")), row.getString("host"), row.getInt("attempts"),
                (Integer) row.getObject("http_status"), row.getString("error"),
                Sql.instant(row.getTimestamp("first_attempt_at")), Sql.instant(row.getTimestamp("finished_at")),
                row.getInt("replays"))));
        return letters;
    }

    public long countDeadLetters(String host) {
        String sql = "SELECT count(*) FROM dispatcher.calls WHERE status = 'FAILED' AND (?::text IS NULL OR host = ?)";
        long[] count = new long[1];
        query(sql, Arrays.asList(host, host), row -> count[0] = row.getLong(1));
        return count[0];
    }

    /** Puts a dead letter back in the queue with a fresh set of attempts; false when there is none with that id. */
    public boolean replay(String eventId, Instant now) {
        return update(REPLAY + "event_id = ?", List.of(now, eventId)) == 1;
    }

    /** {@link #replay} for every dead letter of {@code host}; returns how many. */
    public int replayHost(String host, Instant now) {
        return update(REPLAY + "host = ?", List.of(now, host));
    }

    /** Forgets succeeded calls reported before {@code before}; dead letters stay until replayed. */
    public int purgeSucceeded(Instant before) {
        return update("DELETE FROM dispatcher.calls WHERE status = 'SUCCEEDED' AND reported_at < ?", List.of(before));
    }

    private Call call(ResultSet row) throws SQLException {
        return new Call(row.getString("event_id"), row.getString("event"), read(row.getString("event")),
                row.getString("lease_token"), Sql.instant(row.getTimestamp("lease_until")), row.getInt("attempts"),
                Sql.instant(row.getTimestamp("first_attempt_at")));
    }

    private ActionRequested read(String event) {
        try {
            return json.readValue(event, ActionRequested.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is no longer readable", e);
        }
    }

    private int update(String sql, List<?> params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update calls", e);
        }
    }

    private void query(String sql, List<?> params, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Sql.bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read calls", e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }
}
