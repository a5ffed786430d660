package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The numbers that opted out, as {@code contacts.opt-outs} says. Not to be asked before it has caught
 * up with the topic: until then a number that opted out could look subscribed.
 */
@ApplicationScoped
public class OptOuts {

    private volatile Set<String> optedOut = Set.of();
    private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();

    public boolean isOptedOut(String number) {
        return optedOut.contains(number);
    }

    public boolean isCaughtUp() {
        return caughtUp.isDone();
    }

    /** Completes once the topic has been read up to where it ended when reading began. */
    public Uni<Void> whenCaughtUp() {
        return Uni.createFrom().completionStage(caughtUp);
    }

    /**
     * Answers from {@code numbers} from now on: read from the start of the topic, and kept up to date
     * by the reader (a concurrent set).
     */
    public void serve(Set<String> numbers) {
        optedOut = numbers;
        caughtUp.complete(null);
    }
}
