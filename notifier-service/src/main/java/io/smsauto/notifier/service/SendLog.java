package io.smsauto.notifier.service;

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

/**
 * The send log as the senders use it, without blocking them: the claims of SMS and the outcomes of
 * all sends go in batches (one round trip for all that arrive together, {@link Batcher}); the rarer
 * calls run on the send-log threads.
 */
@ApplicationScoped
public class SendLog {

    private static final int MAX_BATCH = 100;

    private final SendRepository sends;
    private final SendThreads threads;
    private final Batcher<SendKey, Claim> guardedClaims;
    private final Batcher<Completion, Void> completions;

    public SendLog(SendRepository sends, SendThreads threads, NotifierConfig config) {
        this.sends = sends;
        this.threads = threads;
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
        return guardedClaims.submit(new SendKey(eventId, recipient));
    }

    /** Claims an email (no loop guard). */
    public Uni<Claim> claimEmail(String eventId, String address) {
        return threads.useSendLog(() -> sends.claim(eventId, address));
    }

    public Uni<Void> complete(String eventId, String recipient, SendOutcome outcome) {
        return completions.submit(new Completion(new SendKey(eventId, recipient), outcome));
    }

    /** Records a decision taken without sending; what the log holds, an earlier outcome first. */
    public Uni<SendOutcome> recordOnce(String eventId, String recipient, SendOutcome decided) {
        return threads.useSendLog(() -> sends.recordOnce(eventId, recipient, decided));
    }

    @PreDestroy
    void stop() {
        guardedClaims.close();
        completions.close();
    }
}
