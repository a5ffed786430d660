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
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The send log as the senders use it, without blocking them: the claims of SMS and the outcomes of
 * all sends go in batches (one round trip for all that arrive together, {@link Batcher}); the rarer
 * calls run on the send-log threads. A call that fails, the database being away, is made again with
 * backoff for {@code notifier.send-log-retry-for}: a failed claim must not send its event to the
 * dead-letter topic, and the outcome of a message that left must not be lost.
 */
@ApplicationScoped
public class SendLog {

    private static final int MAX_BATCH = 100;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final SendRepository sends;
    private final SendThreads threads;
    private final Batcher<SendKey, Claim> guardedClaims;
    private final Batcher<Completion, Void> completions;
    private final Duration retryFor;

    public SendLog(SendRepository sends, SendThreads threads, NotifierConfig config) {
        this.sends = sends;
        this.threads = threads;
        this.retryFor = config.sendLogRetryFor();
        LoopGuardLimit loopGuard = new LoopGuardLimit(config.loopGuard().maxSms(), config.loopGuard().window());
        this.guardedClaims = new Batcher<>("notifier-sms-claims", MAX_BATCH, threads.sendLogExecutor(),
                keys -> sends.claimAll(keys, loopGuard));
        this.completions = new Batcher<>("notifier-send-outcomes", MAX_BATCH, threads.sendLogExecutor(), done -> {
            sends.completeAll(done);
            return done.stream().map(completion -> (Void) null).toList();
        });
    }

    /** Claims an SMS under the loop guard. */
    public Uni<Claim> claimSms(String eventId, String recipient) {
        SendKey send = new SendKey(eventId, recipient);
        return persistently("claim of " + send, () -> guardedClaims.submit(send));
    }

    /** Claims an email (no loop guard). */
    public Uni<Claim> claimEmail(String eventId, String address) {
        return persistently("claim of " + eventId + " to " + address,
                () -> threads.useSendLog(() -> sends.claim(eventId, address)));
    }

    /**
     * Records the outcome of a claimed send. Given up after {@code notifier.send-log-retry-for}, and
     * the send reported all the same: it left, and its claim keeps it from being made again.
     */
    public Uni<Void> complete(String eventId, String recipient, SendOutcome outcome) {
        Completion completion = new Completion(new SendKey(eventId, recipient), outcome);
        return persistently("outcome of " + completion.send(), () -> completions.submit(completion))
                .onFailure().invoke(e -> Log.errorf("Gave up recording the outcome of %s (%s): %s", completion.send(),
                        outcome.detail(), e))
                .onFailure().recoverWithNull();
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
        guardedClaims.close();
        completions.close();
    }
}
