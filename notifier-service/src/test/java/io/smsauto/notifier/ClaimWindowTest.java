package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.SendSlots;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A send is claimed only when a send thread can call Vonage at once or right after its call under way:
 * with a slow Vonage and a burst far larger than the send threads, the send log never holds more claims
 * without an outcome than two per thread — what a kill -9 can leave outcome-unknown — and each thread's
 * next send is claimed while its call is in flight. It runs with several send-log writers (each slot's
 * claims and outcomes through one of them, in order), so it also shows that more than one works.
 */
@QuarkusTest
@TestProfile(UnpacedFewThreadsProfile.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ClaimWindowTest extends NotifierFlowTest {

    private static final String SLOW = "Slow burst";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBurstNeverHasMoreSendsClaimedThanTwoPerThread() {
        vonage.answerTexts(SLOW, VonageStubs.accepted("slow-1").withFixedDelay(250));
        List<ActionRequested> burst = IntStream.range(0, 40)
                .mapToObj(i -> Actions.reply(Actions.newNumber(), SLOW + " " + i)).toList();
        List<String> eventIds = burst.stream().map(ActionRequested::eventId).toList();

        topics.send(burst.toArray(ActionRequested[]::new));

        AtomicInteger mostClaimed = new AtomicInteger();
        await().atMost(NotifierTopics.PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
            mostClaimed.accumulateAndGet(claimedWithoutOutcome(eventIds), Math::max);
            return eventIds.stream().allMatch(id -> !topics.results(id).isEmpty());
        });
        int slots = SendSlots.SLOTS_PER_THREAD * UnpacedFewThreadsProfile.CONCURRENCY;
        assertTrue(mostClaimed.get() <= slots, "at most " + slots + " claims without an outcome, seen " + mostClaimed.get());
        assertTrue(mostClaimed.get() > UnpacedFewThreadsProfile.CONCURRENCY,
                "the next sends were claimed while the calls were in flight, most claims seen " + mostClaimed.get());
        eventIds.forEach(id -> assertEquals(ResultStatus.SUCCEEDED, topics.results(id).get(0).status(),
                () -> id + ": " + topics.results(id).get(0).detail()));
    }

    private int claimedWithoutOutcome(List<String> eventIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM notifier.sends WHERE status = 'SENDING' AND event_id = ANY(?)")) {
            count.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
