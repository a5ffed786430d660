package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.Completion;
import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.SendRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several send-log writers: a slot's writes stay in the order they were queued, whatever the other
 * writers do, which is what keeps the claims without an outcome within the slots; and none at all is
 * refused.
 */
class SendLogWritersTest {

    private static final int WRITERS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String HELD = "earlier";

    private static final NotifierConfig CONFIG = config();

    private final RecordingSends sends = new RecordingSends();
    private final SendThreads threads = new SendThreads(CONFIG);
    private final SendLog sendLog = new SendLog(sends, threads, CONFIG);

    @AfterEach
    void stop() throws InterruptedException {
        sends.release.countDown();
        sendLog.stop();
        threads.stop();
    }

    @Test
    void aSlotsClaimIsWrittenOnlyAfterTheOutcomeQueuedBeforeItInThatSlot() throws InterruptedException {
        sendLog.complete(0, HELD, "+33600000001", SendOutcome.skipped("test")); // queued at once
        assertTrue(sends.holding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the outcome's batch is being written");
        Uni<Claim> claim = sendLog.claimSms(0, "later", "+33600000002");

        for (int slotOfAnotherWriter : new int[] {1, 2, 4, 5}) {
            sendLog.claimSms(slotOfAnotherWriter, "other-" + slotOfAnotherWriter, "+3360000001" + slotOfAnotherWriter)
                    .await().atMost(PATIENCE);
        }
        sends.release.countDown();
        claim.await().atMost(PATIENCE);

        List<String> written = sends.written();
        assertTrue(written.indexOf("outcome " + HELD) < written.indexOf("claim later"),
                "the outcome before the later claim, written: " + written);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aPositiveCountIsTakenAsItIs(int writers) {
        assertEquals(writers, SendLog.writerCount(writers));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void noWriterAtAllIsRefusedNamingTheSetting(int writers) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SendLog.writerCount(writers));

        assertTrue(refused.getMessage().contains("notifier.send-log-writers"), refused.getMessage());
    }

    private static NotifierConfig config() {
        return new SmallRyeConfigBuilder().withMapping(NotifierConfig.class)
                .withDefaultValues(Map.of("notifier.concurrency", "2", "notifier.in-flight", "8",
                        "notifier.mail-timeout", "PT1S", "notifier.send-log-retry-for", "PT1S",
                        "notifier.send-log-writers", String.valueOf(WRITERS), "notifier.send-log-retention", "P1D",
                        "notifier.retry.max-attempts", "1", "notifier.retry.initial-backoff", "PT1S",
                        "notifier.retry.max-backoff", "PT1S", "notifier.loop-guard.max-sms", "5"))
                .withDefaultValues(Map.of("notifier.loop-guard.window", "PT10M", "notifier.forward.sms-format", "-",
                        "notifier.forward.email-subject", "-"))
                .build().getConfigMapping(NotifierConfig.class);
    }

    /** Records what each batch writes, in order; the batch with the outcome of {@value #HELD} waits for {@link #release}. */
    private static final class RecordingSends extends SendRepository {

        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final List<String> written = new ArrayList<>();

        RecordingSends() {
            super(null);
        }

        @Override
        public List<Claim> completeAndClaimAll(List<Completion> completions, List<SendKey> claims, LoopGuardLimit limit) {
            if (completions.stream().anyMatch(done -> done.send().eventId().equals(HELD))) {
                holding.countDown();
                awaitRelease();
            }
            synchronized (this) {
                completions.forEach(done -> written.add("outcome " + done.send().eventId()));
                claims.forEach(claim -> written.add("claim " + claim.eventId()));
            }
            return claims.stream().map(claim -> Claim.grant()).toList();
        }

        synchronized List<String> written() {
            return List.copyOf(written);
        }

        private void awaitRelease() {
            try {
                release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
