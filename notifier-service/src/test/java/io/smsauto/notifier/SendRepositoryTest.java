package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.Completion;
import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.SendRepository;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The send log's promises, which hold across replicas and restarts because they live in PostgreSQL:
 * claims made at the same moment (as two replicas after a rebalance would) grant one send, a claim
 * left without outcome (a restart mid-send) is never granted again, and the loop guard cannot be
 * passed by counting at the same time.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class SendRepositoryTest {

    private static final LoopGuardLimit FIVE_IN_TEN_MINUTES = new LoopGuardLimit(5, Duration.ofMinutes(10));

    @Inject
    SendRepository sends;

    @Inject
    AgroalDataSource database;

    @Test
    void simultaneousClaimsOfOneSendGrantItOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String recipient = Actions.newNumber();

        List<Claim> claims = atOnce(10, i -> () -> sends.claim(eventId, recipient, FIVE_IN_TEN_MINUTES));

        assertEquals(1, claims.stream().filter(Claim::granted).count());
    }

    @Test
    void aSendLeftWithoutOutcomeIsNeverGrantedAgain() {
        String eventId = UUID.randomUUID().toString();
        String recipient = Actions.newNumber();
        assertTrue(sends.claim(eventId, recipient, FIVE_IN_TEN_MINUTES).granted());

        Claim again = sends.claim(eventId, recipient, FIVE_IN_TEN_MINUTES);

        assertFalse(again.granted());
        assertEquals(SendOutcome.unknown(), again.recorded());
    }

    @Test
    void aFinishedSendAnswersLaterClaimsWithItsOutcome() {
        String eventId = UUID.randomUUID().toString();
        String recipient = "ops@example.test";
        sends.claim(eventId, recipient);
        SendOutcome sent = new SendOutcome(ResultStatus.SUCCEEDED, "sent", null, 2);
        sends.complete(eventId, recipient, sent);

        Claim again = sends.claim(eventId, recipient);

        assertFalse(again.granted());
        assertEquals(sent, again.recorded());
    }

    @Test
    void simultaneousClaimsForOneRecipientPassTheLoopGuardFiveTimes() throws Exception {
        String recipient = Actions.newNumber();

        List<Claim> claims = atOnce(12, i -> () -> sends.claim(UUID.randomUUID().toString(), recipient,
                FIVE_IN_TEN_MINUTES));

        assertEquals(5, claims.stream().filter(Claim::granted).count());
        assertTrue(claims.stream().filter(claim -> !claim.granted())
                .allMatch(claim -> claim.recorded().equals(SendOutcome.skipped(SendRepository.LOOP_GUARD))));
    }

    @Test
    void theClaimsOfOneBatchCountTowardsEachOthersLoopGuard() {
        String recipient = Actions.newNumber();
        List<SendKey> batch = IntStream.range(0, 7).mapToObj(i -> new SendKey(UUID.randomUUID().toString(), recipient))
                .toList();

        List<Claim> claims = sends.claimAll(batch, FIVE_IN_TEN_MINUTES);

        assertEquals(List.of(true, true, true, true, true, false, false), claims.stream().map(Claim::granted).toList());
    }

    @Test
    void aSendTwiceInOneBatchIsGrantedOnce() {
        SendKey send = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());

        List<Claim> claims = sends.claimAll(List.of(send, send), FIVE_IN_TEN_MINUTES);

        assertEquals(List.of(new Claim(true, null), new Claim(false, SendOutcome.unknown())), claims);
    }

    @Test
    void outcomesOfSeveralSendsAreRecordedTogether() {
        SendKey first = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
        SendKey second = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
        sends.claimAll(List.of(first, second), FIVE_IN_TEN_MINUTES);
        SendOutcome sent = new SendOutcome(ResultStatus.SUCCEEDED, "1 segment", "0C01", 1);
        SendOutcome refused = SendOutcome.failed("vonage status 7 NUMBER_BARRED: Barred", 1);

        sends.completeAll(List.of(new Completion(first, sent), new Completion(second, refused)));

        assertEquals(sent, sends.find(first.eventId(), first.recipient()).orElseThrow());
        assertEquals(refused, sends.find(second.eventId(), second.recipient()).orElseThrow());
    }

    @Test
    void outcomesAndClaimsGoTogetherInOneCall() {
        SendKey done = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
        SendKey next = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
        sends.claimAll(List.of(done), FIVE_IN_TEN_MINUTES);
        SendOutcome sent = new SendOutcome(ResultStatus.SUCCEEDED, "1 segment", "0C02", 1);

        List<Claim> claims = sends.completeAndClaimAll(List.of(new Completion(done, sent)), List.of(next),
                FIVE_IN_TEN_MINUTES);

        assertEquals(List.of(new Claim(true, null)), claims);
        assertEquals(sent, sends.find(done.eventId(), done.recipient()).orElseThrow());
        assertEquals(SendOutcome.unknown(), sends.find(next.eventId(), next.recipient()).orElseThrow());
    }

    /**
     * A connection plans the statements of a batch once and keeps the plans, made while the log may have been
     * small, when scanning it looked cheapest: they must look each send up by its key all the same, or every
     * batch would scan the whole log once it is large. Here scanning is made to look free to the planner.
     * Batches of one outcome and one claim, as a busy writer makes them, counted by PostgreSQL within their
     * transaction.
     */
    @Test
    void batchesLookEachSendUpByItsKeyAndNeverScanTheLog() throws Exception {
        String sql = "SELECT count(*) FROM notifier.record_and_claim_sends(?, ?, '{SUCCEEDED}', '{1 segment}', "
                + "'{0C03}', '{1}', ?, ?, 5, interval '10 minutes')";
        try (Connection connection = database.getConnection();
             PreparedStatement batch = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            try (Statement costs = connection.createStatement()) {
                costs.execute("SET LOCAL seq_page_cost = 0");
                costs.execute("SET LOCAL cpu_tuple_cost = 0");
                costs.execute("SET LOCAL cpu_operator_cost = 0");
            }
            SendKey previous = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
            for (int i = 0; i < 10; i++) {
                SendKey next = new SendKey(UUID.randomUUID().toString(), Actions.newNumber());
                batch.setArray(1, connection.createArrayOf("text", new Object[] {previous.eventId()}));
                batch.setArray(2, connection.createArrayOf("text", new Object[] {previous.recipient()}));
                batch.setArray(3, connection.createArrayOf("text", new Object[] {next.eventId()}));
                batch.setArray(4, connection.createArrayOf("text", new Object[] {next.recipient()}));
                batch.executeQuery().close();
                previous = next;
            }
            try (Statement stats = connection.createStatement();
                 ResultSet scans = stats.executeQuery("SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables "
                         + "WHERE schemaname = 'notifier' AND relname = 'sends'")) {
                assertTrue(scans.next());
                assertEquals(0, scans.getLong(1), "sequential scans of the send log");
                assertTrue(scans.getLong(2) >= 20, "index scans: " + scans.getLong(2));
            }
            connection.rollback();
        }
    }

    @Test
    void theLoopGuardRefusalIsRecordedForTheEvent() {
        String recipient = Actions.newNumber();
        LoopGuardLimit one = new LoopGuardLimit(1, Duration.ofMinutes(10));
        sends.claim(UUID.randomUUID().toString(), recipient, one);
        String refused = UUID.randomUUID().toString();
        sends.claim(refused, recipient, one);

        assertEquals(SendOutcome.skipped(SendRepository.LOOP_GUARD), sends.find(refused, recipient).orElseThrow());
    }

    @Test
    void sendsOlderThanTheWindowNoLongerCount() {
        String recipient = Actions.newNumber();
        LoopGuardLimit oneASecond = new LoopGuardLimit(1, Duration.ofSeconds(1));
        assertTrue(sends.claim(UUID.randomUUID().toString(), recipient, oneASecond).granted());
        assertFalse(sends.claim(UUID.randomUUID().toString(), recipient, oneASecond).granted());

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> sends.claim(UUID.randomUUID().toString(), recipient, oneASecond).granted());
    }

    @Test
    void aDecisionRecordedOnceIsKeptOverALaterOne() {
        String eventId = UUID.randomUUID().toString();
        String recipient = Actions.newNumber();
        sends.recordOnce(eventId, recipient, SendOutcome.skipped("opted-out"));

        SendOutcome later = sends.recordOnce(eventId, recipient, SendOutcome.skipped("something else"));

        assertEquals(SendOutcome.skipped("opted-out"), later);
    }

    private static <T> List<T> atOnce(int count, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(task.apply(i));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : threads.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
