package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SendSlotsTest {

    /** Work that has started once subscribed to and ends when {@link #end()} or {@link #fail()} is called. */
    private static final class Work {

        final CompletableFuture<String> result = new CompletableFuture<>();
        boolean started;

        Uni<String> uni() {
            return Uni.createFrom().deferred(() -> {
                started = true;
                return Uni.createFrom().completionStage(result);
            });
        }

        void end() {
            result.complete("done");
        }

        void fail() {
            result.completeExceptionally(new IllegalStateException("database away"));
        }
    }

    @Test
    void workBeyondTheSlotsWaitsAndGetsAFreedSlotInTheOrderAsked() {
        SendSlots slots = new SendSlots(2);
        Work first = new Work();
        Work second = new Work();
        Work third = new Work();
        Work fourth = new Work();

        UniAssertSubscriber<String> firstDone = run(slots, first);
        run(slots, second);
        run(slots, third);
        run(slots, fourth);

        assertTrue(first.started && second.started);
        assertFalse(third.started || fourth.started, "no slot free");
        first.end();
        firstDone.assertItem("done");
        assertTrue(third.started);
        assertFalse(fourth.started);
    }

    @Test
    void eachHolderHasASlotNumberOfItsOwnAndAFreedOnePassesToTheNext() {
        SendSlots slots = new SendSlots(2);
        Work first = new Work();
        List<Integer> numbers = new ArrayList<>();

        slots.holding(slot -> {
            numbers.add(slot);
            return first.uni();
        }).subscribe().with(done -> { });
        for (int i = 0; i < 2; i++) {
            slots.holding(slot -> {
                numbers.add(slot);
                return new Work().uni();
            }).subscribe().with(done -> { });
        }
        first.end();

        assertEquals(List.of(0, 1, 0), numbers);
    }

    @Test
    void failedWorkGivesItsSlotBack() {
        SendSlots slots = new SendSlots(1);
        Work failing = new Work();
        Work next = new Work();

        UniAssertSubscriber<String> failed = run(slots, failing);
        run(slots, next);
        failing.fail();

        failed.assertFailedWith(IllegalStateException.class);
        assertTrue(next.started);
    }

    @Test
    void workCancelledWhileWaitingTakesNoSlotAndLeavesNoneBehind() {
        SendSlots slots = new SendSlots(1);
        Work holder = new Work();
        Work cancelled = new Work();
        Work afterIt = new Work();
        Work last = new Work();

        run(slots, holder);
        run(slots, cancelled).cancel();
        run(slots, afterIt);
        holder.end();

        assertFalse(cancelled.started);
        assertTrue(afterIt.started, "the freed slot passed over the cancelled one");
        run(slots, last);
        assertFalse(last.started, "still one slot only");
        afterIt.end();
        assertTrue(last.started);
    }

    private static UniAssertSubscriber<String> run(SendSlots slots, Work work) {
        return slots.holding(slot -> work.uni()).subscribe().withSubscriber(UniAssertSubscriber.create());
    }
}
