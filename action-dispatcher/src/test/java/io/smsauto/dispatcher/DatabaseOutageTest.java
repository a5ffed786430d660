package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.dispatcher.repository.CallWriter;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.HttpMethod;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The database fails after a call was made and before its outcome is recorded: the outcome waits in
 * memory until the database is back, and the call is not made again, even when its lease ran out
 * meanwhile. The failure is real PostgreSQL's: the service's connections are terminated, and a trigger
 * fails every write of an outcome with the error of a database that is starting up (57P03) until the
 * test lifts it. A write the database rejects (another SQLSTATE) is not waited for. And an event that comes while
 * PostgreSQL is stopped waits for it, the service staying alive.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest extends FlowTestSupport {

    private static final Duration LONG_OUTAGE = Duration.ofSeconds(65);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CallWriter writer;

    @Test
    void outcomesOfCallsMadeWhileTheDatabaseIsDownAreRecordedOnceItIsBackAndNoCallIsRepeated() throws Exception {
        String path = stubbed(ok());
        List<ActionRequested> events = IntStream.range(0, 6).mapToObj(i -> event(HttpMethod.POST, url(path))).toList();

        try (OutcomeOutage outage = new OutcomeOutage(events)) {
            terminateTheServiceConnections();
            events.forEach(this::send);
            // results are published before outcomes are stored: all out, none of the outcomes stored
            await().atMost(WAIT).until(() -> events.stream().allMatch(event -> !results(event.eventId()).isEmpty()));
            await().atMost(WAIT).until(writer::isBehind);
            assertEquals(List.of("PENDING"), statuses(events));
        }

        await().atMost(WAIT).until(() -> statuses(events).equals(List.of("SUCCEEDED reported")));
        for (ActionRequested event : events) {
            assertEquals(1, callsFor(event).size(), event.eventId());
            assertEquals(1, results(event.eventId()).size(), event.eventId());
        }
    }

    /**
     * The intake waits out the outage, however long: past the minute after which the connector would give up a
     * poll not acknowledged yet ({@code throttled.unprocessed-record-max-age}) and close its consumer for good, the
     * service stays alive and calls the event once PostgreSQL is back.
     */
    @Test
    void anEventThatComesWhileTheDatabaseIsDownIsCalledOnceItIsBack() throws Exception {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));
        PostgresServer postgres = EmbeddedInfraTestResource.infra().postgres();

        postgres.stop();
        try {
            send(event);
            await().during(LONG_OUTAGE).atMost(LONG_OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get("/q/health/live").statusCode() == 200);
            assertEquals(List.of(), callsFor(event));
        } finally {
            postgres.restart();
        }

        awaitResult(event.eventId());
        assertEquals(1, callsFor(event).size());
    }

    @Test
    void aCallWhoseOutcomeWaitsForTheDatabaseIsNotMadeAgainWhenItsLeaseRunsOut() throws Exception {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));

        try (OutcomeOutage outage = new OutcomeOutage(List.of(event))) {
            send(event);
            awaitResult(event.eventId());
            await().atMost(WAIT).until(writer::isBehind);
            // as if the database stayed away longer than the lease: the row is free for any poller to take
            expireLease(event);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> callsFor(event).size() == 1 && statuses(List.of(event)).equals(List.of("PENDING")));
        }

        await().atMost(WAIT).until(() -> statuses(List.of(event)).equals(List.of("SUCCEEDED reported")));
        assertEquals(1, callsFor(event).size());
        assertEquals(1, results(event.eventId()).size());
    }

    @Test
    void anOutcomeTheDatabaseRejectsIsNotWaitedForAndHoldsUpNoOther() throws Exception {
        String path = stubbed(ok());
        ActionRequested rejected = event(HttpMethod.POST, url(path));
        ActionRequested other = event(HttpMethod.POST, url(path));

        try (OutcomeOutage outage = new OutcomeOutage(List.of(rejected), "23514")) {
            send(rejected);
            send(other);
            await().atMost(WAIT).until(() -> !results(rejected.eventId()).isEmpty() && !results(other.eventId()).isEmpty());
            await().atMost(WAIT).until(() -> statuses(List.of(other)).equals(List.of("SUCCEEDED reported")));
            assertEquals(List.of("PENDING"), statuses(List.of(rejected)));
            assertFalse(writer.isBehind());
        }
    }

    private void terminateTheServiceConnections() throws Exception {
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }

    private void expireLease(ActionRequested event) throws Exception {
        execute("UPDATE dispatcher.calls SET lease_until = now() - interval '1 second' WHERE event_id = '"
                + event.eventId() + "'");
    }

    /** The distinct states of the events' rows: {@code PENDING}, or {@code SUCCEEDED reported} once the result is marked published. */
    private List<String> statuses(List<ActionRequested> events) throws Exception {
        String sql = "SELECT DISTINCT status || CASE WHEN reported_at IS NULL THEN '' ELSE ' reported' END "
                + "FROM dispatcher.calls WHERE event_id = ANY(?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", events.stream().map(ActionRequested::eventId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                List<String> statuses = new ArrayList<>();
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
                return statuses;
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Until closed, every write that ends one of these calls fails with {@code sqlState}: by default as it would
     * while PostgreSQL starts up.
     */
    private final class OutcomeOutage implements AutoCloseable {

        private final String trigger = "outage_" + System.nanoTime();

        OutcomeOutage(List<ActionRequested> events) throws Exception {
            this(events, "57P03");
        }

        OutcomeOutage(List<ActionRequested> events, String sqlState) throws Exception {
            String ids = events.stream().map(event -> "'" + event.eventId() + "'").collect(Collectors.joining(", "));
            String function = "dispatcher.test_outage_" + sqlState.toLowerCase();
            execute("CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'failing outcome write (test)' USING ERRCODE = '" + sqlState + "'; END $$");
            execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON dispatcher.calls FOR EACH ROW WHEN ("
                    + "OLD.event_id IN (" + ids + ") AND OLD.status = 'PENDING' AND NEW.status <> 'PENDING') "
                    + "EXECUTE FUNCTION " + function + "()");
        }

        @Override
        public void close() throws Exception {
            execute("DROP TRIGGER " + trigger + " ON dispatcher.calls");
        }
    }
}
