package io.smsauto.dispatcher.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostLanesTest {

    private final Vertx vertx = Vertx.vertx();
    private final HostLanes lanes = new HostLanes(vertx, 1, 1);
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Runnable> finishers = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aFullHostTurnsAwayItsOwnCallsButNotThoseOfOtherHosts() throws InterruptedException {
        call("slow.example", "slow-1");
        call("slow.example", "slow-2");
        call("slow.example", "slow-3");
        call("fast.example", "fast-1");

        assertEquals(List.of("busy slow-3", "started fast-1", "started slow-1"), sorted(next(3)));
    }

    @Test
    void aCallThatEndsLetsTheNextWaitingOneStart() throws InterruptedException {
        call("host.example", "first");
        call("host.example", "second");
        assertEquals(List.of("started first"), next(1));

        finishers.poll(5, TimeUnit.SECONDS).run();

        assertEquals(List.of("started second"), next(1));
    }

    @Test
    void anIdleHostStartsAfresh() throws InterruptedException {
        call("host.example", "first");
        assertEquals(List.of("started first"), next(1));
        finishers.poll(5, TimeUnit.SECONDS).run();

        call("host.example", "second");
        call("host.example", "third");
        call("host.example", "fourth");

        assertEquals(List.of("busy fourth", "started second"), sorted(next(2)));
    }

    private void call(String host, String name) {
        lanes.run(host, lane -> {
            finishers.add(lane::done);
            events.add("started " + name);
        }, () -> events.add("busy " + name));
    }

    private List<String> next(int count) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String event = events.poll(5, TimeUnit.SECONDS);
            if (event != null) {
                taken.add(event);
            }
        }
        return taken;
    }

    private static List<String> sorted(List<String> events) {
        return events.stream().sorted().toList();
    }
}
