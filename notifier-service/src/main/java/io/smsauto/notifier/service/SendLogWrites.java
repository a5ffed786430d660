package io.smsauto.notifier.service;

import io.smsauto.notifier.repository.Claim;
import io.smsauto.notifier.repository.Completion;
import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.SendRepository;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One batch of writes to the send log, made in an order that never lets a claim reach the database
 * before an outcome handed in earlier: the outcomes and the claims of SMS under the loop guard in one
 * statement (one transaction, one round trip), then the claims of emails. With a writer's batches
 * worked off in order ({@link Batcher}), a claim commits no earlier than every outcome queued before
 * it in the same writer.
 */
final class SendLogWrites {

    /** One write; its answer is a {@link Claim} for a claim, null otherwise. */
    sealed interface Write {
    }

    record SmsClaim(SendKey send) implements Write {
    }

    record EmailClaim(SendKey send) implements Write {
    }

    record Outcome(Completion completion) implements Write {
    }

    /** Writes nothing: answered once every write queued before it is in the database. */
    record Barrier() implements Write {
    }

    private final SendRepository sends;
    private final LoopGuardLimit loopGuard;

    SendLogWrites(SendRepository sends, LoopGuardLimit loopGuard) {
        this.sends = sends;
        this.loopGuard = loopGuard;
    }

    /** Makes {@code writes}; their answers in the same order. */
    List<Claim> make(List<Write> writes) {
        List<Completion> outcomes = new ArrayList<>();
        List<SendKey> smsClaims = new ArrayList<>();
        for (Write write : writes) {
            if (write instanceof Outcome outcome) {
                outcomes.add(outcome.completion());
            } else if (write instanceof SmsClaim claim) {
                smsClaims.add(claim.send());
            }
        }
        Iterator<Claim> smsAnswers = smsClaims(outcomes, smsClaims).iterator();
        List<Claim> answers = new ArrayList<>(writes.size());
        for (Write write : writes) {
            if (write instanceof SmsClaim) {
                answers.add(smsAnswers.next());
            } else if (write instanceof EmailClaim claim) {
                answers.add(sends.claim(claim.send().eventId(), claim.send().recipient()));
            } else {
                answers.add(null);
            }
        }
        return answers;
    }

    /** One round trip for the outcomes and the SMS claims, whichever there are. */
    private List<Claim> smsClaims(List<Completion> outcomes, List<SendKey> smsClaims) {
        return outcomes.isEmpty() && smsClaims.isEmpty() ? List.of()
                : sends.completeAndClaimAll(outcomes, smsClaims, loopGuard);
    }
}
