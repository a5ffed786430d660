package io.smsauto.contacts;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.OptOutStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class OptOutRelayTest {

    private static final Duration TIMEOUT = TestKafka.TIMEOUT;

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @Inject
    Pool pool;

    /** As if the service had stopped between the commit of an opt-out and its publication. */
    @Test
    void aChangeCommittedButNeverPublishedIsPublishedByTheRepair() {
        String number = Numbers.fresh();
        Instant since = Instant.now().truncatedTo(ChronoUnit.MICROS);
        pool.withTransaction(connection -> connection.preparedQuery("""
                        INSERT INTO contacts.contacts (number, opted_out, status_since, status_requested_at, created_at)
                        VALUES ($1, true, $2, $2, $2)""").execute(Tuple.of(number, since.atOffset(ZoneOffset.UTC)))
                .chain(() -> connection.preparedQuery("INSERT INTO contacts.opt_out_outbox (number) VALUES ($1)")
                        .execute(Tuple.of(number))))
                .await().atMost(TIMEOUT);

        await().atMost(TIMEOUT).until(() -> !kafka.optOuts(number).isEmpty());

        assertEquals(List.of(new OptOutStatus(number, true, since)), kafka.optOuts(number));
        await().atMost(TIMEOUT).until(() -> pendingRows(number) == 0);
    }

    @Test
    void afterABurstOfStopsAndStartsTheTopicEndsWithTheTablesStatus() {
        String number = Numbers.fresh();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ActionRequested[] burst = {
                ActionEvents.stop(number, t), ActionEvents.start(number, t.plusSeconds(1)),
                ActionEvents.stop(number, t.plusSeconds(2)), ActionEvents.start(number, t.plusSeconds(3)),
                ActionEvents.stop(number, t.plusSeconds(4))};

        kafka.send(burst);

        for (ActionRequested event : burst) {
            await().atMost(TIMEOUT).until(() -> !kafka.results(event.eventId()).isEmpty());
        }
        await().atMost(TIMEOUT).until(() -> pendingRows(number) == 0);
        Row row = pool.preparedQuery("SELECT opted_out, status_since FROM contacts.contacts WHERE number = $1")
                .execute(Tuple.of(number)).await().atMost(TIMEOUT).iterator().next();
        OptOutStatus table = new OptOutStatus(number, row.getBoolean("opted_out"),
                row.getOffsetDateTime("status_since").toInstant());
        await().atMost(TIMEOUT).until(() -> table.equals(last(kafka.optOuts(number))));
        assertEquals(true, table.optedOut(), "the last message was a STOP");
    }

    private long pendingRows(String number) {
        return pool.preparedQuery("SELECT count(*) FROM contacts.opt_out_outbox WHERE number = $1")
                .execute(Tuple.of(number)).await().atMost(TIMEOUT).iterator().next().getLong(0);
    }

    private static OptOutStatus last(List<OptOutStatus> statuses) {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }
}
