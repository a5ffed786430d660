package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatcherTest {

    private static final Executor CALLER = Runnable::run;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Batcher.Backoff NO_RETRY = new Batcher.Backoff(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO);
    private static final Batcher.Backoff QUICK_RETRIES =
            new Batcher.Backoff(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(10));

    @Test
    void eachCallerGetsTheResultOfItsOwnItem() {
        try (Batcher<Integer, String> batcher = new Batcher<>("test", 10, CALLER, NO_RETRY,
                items -> items.stream().map(i -> "#" + i).toList())) {
            List<Uni<String>> results = List.of(batcher.submit(1), batcher.submit(2), batcher.submit(3));

            assertEquals(List.of("#1", "#2", "#3"), results.stream().map(r -> r.await().atMost(PATIENCE)).toList());
        }
    }

    @Test
    void whatQueuesWhileABatchRunsGoesInTheNextOneUpToTheMaximum() throws Exception {
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> batchSizes = new ArrayList<>();
        try (Batcher<Integer, Integer> batcher = new Batcher<>("test", 3, CALLER, NO_RETRY, items -> {
            synchronized (batchSizes) {
                batchSizes.add(items.size());
            }
            firstBatchRunning.countDown();
            await(release);
            return items;
        })) {
            Uni<Integer> first = batcher.submit(0);
            first.subscribe().with(x -> { });
            assertTrue(firstBatchRunning.await(10, TimeUnit.SECONDS));
            List<Uni<Integer>> queued = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                queued.add(batcher.submit(i));
            }
            release.countDown();

            queued.forEach(r -> r.await().atMost(PATIENCE));
            assertEquals(List.of(1, 3, 2), batchSizes);
        }
    }

    @Test
    void aFailedBatchIsTriedAgainBeforeAnythingQueuedAfterIt() throws Exception {
        CountDownLatch firstTryRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> tries = new ArrayList<>();
        try (Batcher<Integer, Integer> batcher = new Batcher<>("test", 10, CALLER, QUICK_RETRIES, items -> {
            synchronized (tries) {
                tries.add(items);
            }
            if (tries.size() == 1) {
                firstTryRunning.countDown();
                await(release);
                throw new IllegalStateException("database away");
            }
            return items;
        })) {
            Uni<Integer> first = batcher.submit(1);
            first.subscribe().with(x -> { });
            assertTrue(firstTryRunning.await(10, TimeUnit.SECONDS));
            Uni<Integer> second = batcher.submit(2);
            release.countDown();

            assertEquals(1, first.await().atMost(PATIENCE));
            assertEquals(2, second.await().atMost(PATIENCE));
            assertEquals(List.of(List.of(1), List.of(1), List.of(2)), tries, "the failed batch again, then what came after");
        }
    }

    @Test
    void aBatchThatFailsBeyondTheRetryTimeFailsEveryCallerInIt() {
        try (Batcher<Integer, Integer> batcher = new Batcher<>("test", 10, CALLER, NO_RETRY, items -> {
            throw new IllegalStateException("database down");
        })) {
            Uni<Integer> result = batcher.submit(1);

            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> result.await().atMost(PATIENCE));
            assertEquals("database down", failure.getMessage());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
