package io.smsauto.notifier.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * An action event's place among its contact's events, as they arrived ({@link ContactOrder}): its handling
 * starts once the event before it ended, or after {@link #LONGEST_WAIT} at most, so that one slow event
 * (a send in backoff, the database away) delays its contact's next ones a little and never stops them.
 */
public final class ContactTurn {

    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final String contact;
    private final CompletableFuture<Void> previousEnded;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private ContactTurn(String contact, CompletableFuture<Void> previousEnded) {
        this.contact = contact;
        this.previousEnded = previousEnded;
    }

    /** The turn of an event that waits for no other: its contact's first, or an event without a key. */
    static ContactTurn first(String contact) {
        return new ContactTurn(contact, CompletableFuture.completedFuture(null));
    }

    /** The turn of the contact's next event. */
    ContactTurn next() {
        return new ContactTurn(contact, ended);
    }

    String contact() {
        return contact;
    }

    /** Completes once this event may be handled. */
    public Uni<Void> begins() {
        if (previousEnded.isDone()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(previousEnded)
                .ifNoItem().after(LONGEST_WAIT).recoverWithUni(() -> {
                    Log.infof("An action event for %s waited %s for the one before it, and goes ahead", contact,
                            LONGEST_WAIT);
                    return Uni.createFrom().voidItem();
                });
    }

    /** The event was acknowledged or refused: the next one of its contact may begin. */
    void end() {
        ended.complete(null);
    }
}
