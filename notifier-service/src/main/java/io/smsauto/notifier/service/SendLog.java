package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.Completion;
import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.SendRepository;
import io.smsauto.notifier.service.SendLogWrites.Barrier;
import io.smsauto.notifier.service.SendLogWrites.EmailClaim;
import io.smsauto.notifier.service.SendLogWrites.Outcome;
import io.smsauto.notifier.service.SendLogWrites.SmsClaim;
import io.smsauto.notifier.service.SendLogWrites.Write;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.function.Supplier;

/**
 * The send log as the senders use it, without blocking them. Claims and outcomes go through
 * {@code notifier.send-log-writers} writers, each a queue worked off in order and in batches (one round
 * trip for all that arrive together, {@link Batcher}, {@link SendLogWrites}) on a connection of its own;
 * the writes of a send slot always go through the same writer ({@link SendSlots}: slot number modulo
 * the writers). So a claim never reaches the database before the outcome of the send that held its
 * slot before, and a send may give its slot to the next one as soon as its outcome is queued
 * ({@link DeliveryEngine}). The rarer calls run on the send-log threads. A call that fails, the
 * database being away, is made again with backoff for {@code notifier.send-log-retry-for} (a batch
 * before anything queued after it in its writer): a failed claim must not send its event to the
 * dead-letter topic, and the outcome of a message that left must not be lost.
 */
@ApplicationScoped
public class SendLog {

    private static final int MAX_BATCH = 100;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final SendRepository sends;
    private final SendThreads threads;
    private final List<Batcher<Write, Claim>> writers;
    private final Duration retryFor;

    public SendLog(SendRepository sends, SendThreads threads, NotifierConfig config) {
        this.sends = sends;
        this.threads = threads;
        this.retryFor = config.sendLogRetryFor();
        LoopGuardLimit loopGuard = new LoopGuardLimit(config.loopGuard().maxSms(), config.loopGuard().window());
        SendLogWrites batch = new SendLogWrites(sends, loopGuard);
        Batcher.Backoff backoff = new Batcher.Backoff(FIRST_RETRY, MAX_RETRY, retryFor);
        this.writers = IntStream.range(0, writerCount(config.sendLogWriters()))
                .mapToObj(writer -> new Batcher<>("notifier-send-log-writer-" + writer, MAX_BATCH,
                        threads.sendLogExecutor(), backoff, batch::make))
                .toList();
    }

    /** {@code notifier.send-log-writers}, refused below 1: without a writer no send could be claimed. */
    static int writerCount(int configured) {
        if (configured < 1) {
            throw new IllegalArgumentException("notifier.send-log-writers must be at least 1, not " + configured);
        }
        return configured;
    }

    /**
     * Claims an SMS under the loop guard, for a send holding {@code slot}. The caller continues on
     * the batching thread: a granted claim goes straight on to the provider's threads, one thread
     * switch instead of two.
     */
    public Uni<Claim> claimSms(int slot, String eventId, String recipient) {
        return writer(slot).submitWithQuickContinuation(new SmsClaim(new SendKey(eventId, recipient)));
    }

    /** Claims an email (no loop guard), for a send holding {@code slot}. */
    public Uni<Claim> claimEmail(int slot, String eventId, String address) {
        return writer(slot).submit(new EmailClaim(new SendKey(eventId, address)));
    }

    /**
     * Records the outcome of a send claimed in {@code slot}: queued at once, before any claim asked for
     * afterwards in the slot; the Uni completes once it is recorded. Given up after
     * {@code notifier.send-log-retry-for}, and the send reported all the same: it left, and its claim
     * keeps it from being made again.
     */
    public Uni<Void> complete(int slot, String eventId, String recipient, SendOutcome outcome) {
        Completion completion = new Completion(new SendKey(eventId, recipient), outcome);
        return writer(slot).submit(new Outcome(completion)).replaceWithVoid()
                .onFailure().invoke(e -> Log.errorf("Gave up recording the outcome of %s (%s): %s", completion.send(),
                        outcome.detail(), e))
                .onFailure().recoverWithNull();
    }

    /** Completes once every claim and outcome queued before in {@code slot} is in the database (or given up). */
    public Uni<Void> writtenSoFar(int slot) {
        return writer(slot).submit(new Barrier()).replaceWithVoid().onFailure().recoverWithNull();
    }

    private Batcher<Write, Claim> writer(int slot) {
        return writers.get(slot % writers.size());
    }

    /** Records a decision taken without sending; what the log holds, an earlier outcome first. */
    public Uni<SendOutcome> recordOnce(String eventId, String recipient, SendOutcome decided) {
        return persistently("decision on " + eventId + " to " + recipient,
                () -> threads.useSendLog(() -> sends.recordOnce(eventId, recipient, decided)));
    }

    /** Other {@code work} on the send log's tables, on its threads, retried while the database is away. */
    public <T> Uni<T> run(String what, Supplier<T> work) {
        return persistently(what, () -> threads.useSendLog(work));
    }

    private <T> Uni<T> persistently(String what, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> call.get())
                .onFailure().invoke(e -> Log.warnf("Send log: the %s failed, trying again: %s", what, e.getMessage()))
                .onFailure().retry().withBackOff(FIRST_RETRY, MAX_RETRY).expireIn(retryFor.toMillis());
    }

    @PreDestroy
    void stop() {
        writers.forEach(Batcher::close);
    }
}
