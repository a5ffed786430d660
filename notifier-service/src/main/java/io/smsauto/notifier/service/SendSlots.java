package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The right to claim a send and call the provider: {@code notifier.concurrency} slots, as many as
 * provider threads. A send is claimed only once it holds a slot and keeps it until its outcome is
 * recorded, so a claim never waits for a thread and the send log never holds more claims without
 * an outcome than there are slots (sends waiting to retry aside). Waiting for a slot holds no thread;
 * slots go in the order asked.
 */
@ApplicationScoped
public class SendSlots {

    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int free;

    @Inject
    public SendSlots(NotifierConfig config) {
        this(config.concurrency());
    }

    SendSlots(int slots) {
        this.free = slots;
    }

    /** {@code work} once a slot is free; the slot is given back when it ends, however it ends. */
    <T> Uni<T> holding(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> slot = take();
            // an emitter, not completionStage(slot): cancelling must not cancel the slot, which only giveBack completes
            return Uni.createFrom().<Void>emitter(granted -> slot.thenRun(() -> granted.complete(null)))
                    .chain(() -> work.get()).onTermination().invoke(() -> giveBack(slot));
        });
    }

    private synchronized CompletableFuture<Void> take() {
        if (free > 0) {
            free--;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> slot = new CompletableFuture<>();
        waiting.add(slot);
        return slot;
    }

    private void giveBack(CompletableFuture<Void> slot) {
        CompletableFuture<Void> next;
        synchronized (this) {
            if (!slot.isDone() && waiting.remove(slot)) {
                return; // cancelled before its turn: it never had a slot
            }
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        next.complete(null);
    }
}
