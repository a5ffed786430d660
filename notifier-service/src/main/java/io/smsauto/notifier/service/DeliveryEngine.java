package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Sends one message to one recipient at most once. It waits for its turn, then claims the send in the
 * send log (claiming only now, not while queued, means that a restart loses no queued message: it was
 * never claimed and is sent on redelivery), calls the provider, calls again after a backoff while the
 * provider refuses for now, and records the outcome. A send claimed before is not made again: its
 * recorded outcome is returned instead.
 */
@ApplicationScoped
public class DeliveryEngine {

    private final SendLog sendLog;
    private final RetryPolicy retries;

    public DeliveryEngine(SendLog sendLog, RetryPolicy retries) {
        this.sendLog = sendLog;
        this.retries = retries;
    }

    Uni<SendOutcome> deliver(Delivery delivery) {
        return delivery.turn().get()
                .chain(() -> delivery.claim().get())
                .chain(claim -> claim.granted() ? attempt(delivery, 1) : Uni.createFrom().item(claim.recorded()));
    }

    private Uni<SendOutcome> attempt(Delivery delivery, int attempt) {
        return delivery.send().get()
                // an error nobody classified may have come after the message left
                .onFailure().recoverWithItem(e -> new Attempt.Unknown(e.toString()))
                .chain(result -> {
                    if (result instanceof Attempt.Rejected refused && refused.retryable()
                            && retries.mayRetryAfter(attempt)) {
                        Duration backoff = retries.backoffAfter(attempt);
                        Log.infof("Send %s refused for now (%s); attempt %d in %d ms", delivery.eventId(),
                                refused.reason(), attempt + 1, backoff.toMillis());
                        return Uni.createFrom().voidItem().onItem().delayIt().by(backoff)
                                .chain(() -> delivery.turn().get())
                                .chain(() -> attempt(delivery, attempt + 1));
                    }
                    return record(delivery, SendOutcome.after(result, attempt));
                });
    }

    private Uni<SendOutcome> record(Delivery delivery, SendOutcome outcome) {
        if (outcome.status() != ResultStatus.SUCCEEDED) {
            Log.warnf("Send %s failed after %d attempt(s): %s", delivery.eventId(), outcome.attempts(), outcome.detail());
        }
        return sendLog.complete(delivery.eventId(), delivery.recipient(), outcome).replaceWith(outcome);
    }
}
