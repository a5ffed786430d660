package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.NotifierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The right to claim a send and call the provider: two slots per provider thread
 * ({@code notifier.concurrency}), numbered from 0, so that each thread has its next send claimed while
 * its call is in flight and never waits for a send-log round trip between two calls. A send is claimed
 * only once it holds a slot and keeps it until its outcome is queued for the send log, behind which
 * the next holder's claim queues ({@link SendLog}), so the send log never holds more claims without an
 * outcome than there are slots (sends waiting to retry aside). Waiting for a slot holds no thread;
 * slots go in the order asked.
 */
@ApplicationScoped
public class SendSlots {

    /** One send in the provider's hands and the next one claimed, per provider thread. */
    public static final int SLOTS_PER_THREAD = 2;

    private final Deque<CompletableFuture<Integer>> waiting = new ArrayDeque<>();
    private final Deque<Integer> free = new ArrayDeque<>();

    @Inject
    public SendSlots(NotifierConfig config) {
        this(SLOTS_PER_THREAD * config.concurrency());
    }

    SendSlots(int slots) {
        IntStream.range(0, slots).forEach(free::add);
    }

    /**
     * {@code work}, given the number of its slot, once a slot is free; the slot is given back when the
     * work ends, however it ends.
     */
    <T> Uni<T> holding(IntFunction<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Integer> slot = take();
            // an emitter, not completionStage(slot): cancelling must not cancel the slot, which only giveBack completes
            return Uni.createFrom().<Integer>emitter(granted -> slot.thenAccept(granted::complete))
                    .chain(work::apply).onTermination().invoke(() -> giveBack(slot));
        });
    }

    private synchronized CompletableFuture<Integer> take() {
        if (!free.isEmpty()) {
            return CompletableFuture.completedFuture(free.poll());
        }
        CompletableFuture<Integer> slot = new CompletableFuture<>();
        waiting.add(slot);
        return slot;
    }

    private void giveBack(CompletableFuture<Integer> slot) {
        CompletableFuture<Integer> next;
        synchronized (this) {
            if (!slot.isDone() && waiting.remove(slot)) {
                return; // cancelled before its turn: it never had a slot
            }
            next = waiting.poll();
            if (next == null) {
                free.add(slot.join());
                return;
            }
        }
        next.complete(slot.join());
    }
}
