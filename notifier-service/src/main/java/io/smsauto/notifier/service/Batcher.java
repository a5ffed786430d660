package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Group commit: items handed in by concurrent callers are worked off in batches, on a thread of its
 * own, each batch with one call of {@code work} — whatever queued up while the previous batch ran,
 * up to {@code maxBatch}. A lone item goes at once; under load one database round trip serves many.
 * Items are worked off in the order handed in: a batch that fails is tried again, with backoff, before
 * anything queued after it, for {@code retryFor} at most; then each of its callers gets the failure.
 *
 * @param <I> an item
 * @param <O> its result; {@code work} returns one per item, in order
 */
final class Batcher<I, O> implements AutoCloseable {

    private record Pending<I, O>(I item, CompletableFuture<O> result) {
    }

    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final Function<List<I>, List<O>> work;
    private final int maxBatch;
    private final Executor continuations;
    private final Backoff backoff;
    private final Thread thread;

    /**
     * How a failed batch is tried again: after {@code first}, doubling up to {@code max}, for
     * {@code retryFor} at most.
     */
    record Backoff(Duration first, Duration max, Duration retryFor) {
    }

    /** @param continuations where callers continue, so that the batching thread goes straight on to the next batch */
    Batcher(String name, int maxBatch, Executor continuations, Backoff backoff, Function<List<I>, List<O>> work) {
        this.work = work;
        this.maxBatch = maxBatch;
        this.continuations = continuations;
        this.backoff = backoff;
        this.thread = new Thread(this::workUntilClosed, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues {@code item} at once; the caller continues on the continuation executor. */
    Uni<O> submit(I item) {
        return queue(item).emitOn(continuations);
    }

    /**
     * Queues {@code item} at once; the caller continues on the batching thread, saving a thread
     * switch: only for a continuation that is short and never blocks (it hands its work on).
     */
    Uni<O> submitWithQuickContinuation(I item) {
        return queue(item);
    }

    private Uni<O> queue(I item) {
        CompletableFuture<O> result = new CompletableFuture<>();
        queue.add(new Pending<>(item, result));
        return Uni.createFrom().completionStage(result);
    }

    private void workUntilClosed() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
            run(batch);
            batch.clear();
        }
    }

    private void run(List<Pending<I, O>> batch) {
        List<I> items = batch.stream().map(Pending::item).toList();
        long giveUpAt = System.nanoTime() + backoff.retryFor().toNanos();
        Duration wait = backoff.first();
        while (true) {
            try {
                List<O> results = work.apply(items);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(results.get(i));
                }
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() + wait.toNanos() > giveUpAt || !pause(wait)) {
                    Log.errorf("A batch of %d failed, given up: %s", batch.size(), e);
                    batch.forEach(pending -> pending.result().completeExceptionally(e));
                    return;
                }
                Log.warnf("A batch of %d failed, trying again in %d ms: %s", batch.size(), wait.toMillis(), e.getMessage());
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(backoff.max()) > 0 ? backoff.max() : doubled;
            }
        }
    }

    /** Waits on the batching thread, which has nothing else to do meanwhile; false when closed. */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops after the batch under way; what is still queued fails. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.forEach(pending -> pending.result().completeExceptionally(new IllegalStateException("shutting down")));
    }
}
