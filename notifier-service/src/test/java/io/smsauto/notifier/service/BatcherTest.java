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

    @Test
    void eachCallerGetsTheResultOfItsOwnItem() {
        try (Batcher<Integer, String> batcher = new Batcher<>("test", 10, CALLER,
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
        try (Batcher<Integer, Integer> batcher = new Batcher<>("test", 3, CALLER, items -> {
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
    void aFailedBatchFailsEveryCallerInIt() {
        try (Batcher<Integer, Integer> batcher = new Batcher<>("test", 10, CALLER, items -> {
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
