package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What another replica left behind when it stopped, as rows in the calls table, is taken over once its lease ran out. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class RecoveryTest extends FlowTestSupport {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCallLeftByAStoppedReplicaIsMadeOnceItsLeaseRanOut() throws Exception {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));

        store(event, "PENDING", Instant.now().minusSeconds(1), null);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(1, callsFor(event).size());
    }

    @Test
    void aResultThatNeverReachedKafkaIsPublishedWithoutCallingAgain() throws Exception {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));

        store(event, "SUCCEEDED", Instant.now().minusSeconds(1), 200);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(1, result.attempt());
        assertEquals(0, callsFor(event).size());
    }

    @Test
    void aCallLeasedByAnotherReplicaIsLeftToIt() throws Exception {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));

        store(event, "PENDING", Instant.now().plus(Duration.ofHours(1)), null);

        // the poller looks every 200 ms in tests: a few rounds of it leave the call alone
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> callsFor(event).isEmpty() && results(event.eventId()).isEmpty());
    }

    /** A row as a replica leaves it: leased to it until {@code leaseUntil}, after one attempt when it finished. */
    private void store(ActionRequested event, String status, Instant leaseUntil, Integer httpStatus) throws Exception {
        String sql = "INSERT INTO dispatcher.calls (event_id, event, contact, method, url, host, status, attempts, "
                + "next_attempt_at, lease_token, lease_until, http_status, received_at, first_attempt_at, finished_at) "
                + "VALUES (?, ?, ?, 'POST', ?, '127.0.0.1', ?, ?, ?, 'a-stopped-replica', ?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        boolean finished = !"PENDING".equals(status);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, event.eventId());
            insert.setString(2, JSON.writeValueAsString(event));
            insert.setString(3, event.contact());
            insert.setString(4, event.action().url());
            insert.setString(5, status);
            insert.setInt(6, finished ? 1 : 0);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, Timestamp.from(leaseUntil));
            insert.setObject(9, httpStatus);
            insert.setTimestamp(10, now);
            insert.setTimestamp(11, finished ? now : null);
            insert.setTimestamp(12, finished ? now : null);
            insert.executeUpdate();
        }
    }
}
