package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Sends one message to one recipient at most once. It takes a send slot ({@link SendSlots}), waits
 * for its turn, then claims the send in the send log, calls the provider at once and queues the
 * outcome; the slot goes to the next send as soon as the outcome is queued, and the result waits
 * until the outcome is recorded. The next send's claim is queued behind that outcome and the send log
 * writes in order ({@link SendLog}), so the two share a round trip and the log never holds more
 * claims without an outcome than there are slots. Claiming only once a slot is held means that a
 * restart loses no queued message (never claimed, so sent on redelivery) and that a claim without an
 * outcome is a send whose request may have reached the provider. While the provider refuses for
 * now, it calls again after a backoff, spent without a slot. A send claimed before is not made
 * again: its recorded outcome is returned instead.
 */
@ApplicationScoped
public class DeliveryEngine {

    /**
     * Where an attempt leaves a send: ended, {@code outcome} completing once it is recorded, or to be
     * tried again as {@code nextAttempt} after {@code backoff}.
     */
    private record Step(Uni<SendOutcome> outcome, int nextAttempt, Duration backoff) {

        static Step ended(Uni<SendOutcome> outcome) {
            return new Step(outcome, 0, null);
        }
    }

    private final SendLog sendLog;
    private final RetryPolicy retries;
    private final SendSlots slots;

    public DeliveryEngine(SendLog sendLog, RetryPolicy retries, SendSlots slots) {
        this.sendLog = sendLog;
        this.retries = retries;
        this.slots = slots;
    }

    Uni<SendOutcome> deliver(Delivery delivery) {
        return slots.holding(slot -> delivery.turn().get()
                        .chain(() -> delivery.claim().apply(slot))
                        .chain(claim -> claim.granted() ? attempt(delivery, 1, slot)
                                : Uni.createFrom().item(Step.ended(Uni.createFrom().item(claim.recorded())))))
                .chain(step -> retryUntilEnded(delivery, step));
    }

    /**
     * A retry's slot may come from a send whose outcome is only queued: the attempt waits until it is
     * written, so that the claims without an outcome stay within the slots and the sends waiting to retry.
     */
    private Uni<SendOutcome> retryUntilEnded(Delivery delivery, Step step) {
        if (step.backoff() == null) {
            return step.outcome();
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(step.backoff())
                .chain(() -> slots.holding(slot -> delivery.turn().get()
                        .chain(() -> sendLog.writtenSoFar(slot))
                        .chain(() -> attempt(delivery, step.nextAttempt(), slot))))
                .chain(next -> retryUntilEnded(delivery, next));
    }

    private Uni<Step> attempt(Delivery delivery, int attempt, int slot) {
        return delivery.send().get()
                // an error nobody classified may have come after the message left
                .onFailure().recoverWithItem(e -> new Attempt.Unknown(e.toString()))
                .chain(result -> {
                    if (result instanceof Attempt.Rejected refused && refused.retryable()
                            && retries.mayRetryAfter(attempt)) {
                        Duration backoff = retries.backoffAfter(attempt);
                        Log.infof("Send %s refused for now (%s); attempt %d in %d ms", delivery.eventId(),
                                refused.reason(), attempt + 1, backoff.toMillis());
                        return Uni.createFrom().item(new Step(null, attempt + 1, backoff));
                    }
                    return Uni.createFrom().item(Step.ended(record(delivery, slot, SendOutcome.after(result, attempt))));
                });
    }

    /** Queues the outcome at once; the Uni completes once it is recorded. */
    private Uni<SendOutcome> record(Delivery delivery, int slot, SendOutcome outcome) {
        if (outcome.status() != ResultStatus.SUCCEEDED) {
            Log.warnf("Send %s failed after %d attempt(s): %s", delivery.eventId(), outcome.attempts(), outcome.detail());
        }
        return sendLog.complete(slot, delivery.eventId(), delivery.recipient(), outcome).replaceWith(outcome);
    }
}
