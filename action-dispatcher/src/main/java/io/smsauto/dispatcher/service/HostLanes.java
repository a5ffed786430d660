package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.client.CallEventLoops;
import io.smsauto.dispatcher.config.DispatcherConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Per-host concurrency: each target host has a lane that lets a few of its calls run at once and a
 * few more wait; the rest go back to the database for later. A slow or failing host so only ever
 * holds its own lane, never the calls of other hosts. Calls run on the event loops in turn
 * ({@link CallEventLoops}).
 */
@ApplicationScoped
public class HostLanes {

    private final List<Context> eventLoops = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final int maxInFlight;
    private final int maxWaiting;

    @Inject
    public HostLanes(CallEventLoops loops, DispatcherConfig config) {
        this(loops.vertx(), config.perHostConcurrency(), config.perHostQueue());
    }

    public HostLanes(Vertx vertx, int maxInFlight, int maxWaiting) {
        this.maxInFlight = maxInFlight;
        this.maxWaiting = maxWaiting;
        int count = 2 * Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            // event-loop contexts whatever thread creates this bean (a worker's context would serialise the calls)
            eventLoops.add(((VertxInternal) vertx).createEventLoopContext());
        }
    }

    /**
     * Runs {@code call} on an event loop as soon as the host has room, or {@code busy} at once when
     * its lane is full. {@code call} gets the lane, to {@link Lane#done()} it when the call ends.
     */
    public void run(String host, Consumer<Lane> call, Runnable busy) {
        Context eventLoop = eventLoops.get(Math.floorMod(turn.getAndIncrement(), eventLoops.size()));
        Lane[] admitted = new Lane[1];
        boolean[] full = new boolean[1];
        lanes.compute(host, (name, existing) -> {
            Lane lane = existing != null ? existing : new Lane(name);
            if (lane.inFlight < maxInFlight) {
                lane.inFlight++;
                admitted[0] = lane;
            } else if (lane.waiting.size() < maxWaiting) {
                lane.waiting.add(() -> eventLoop.runOnContext(ignored -> call.accept(lane)));
            } else {
                full[0] = true;
            }
            return lane;
        });
        if (admitted[0] != null) {
            eventLoop.runOnContext(ignored -> call.accept(admitted[0]));
        } else if (full[0]) {
            busy.run();
        }
    }

    /** One host's calls: how many run, and those waiting for a place. */
    public final class Lane {

        private final String host;
        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private int inFlight;

        private Lane(String host) {
            this.host = host;
        }

        /** A call of this host ended: the next waiting one takes its place; an idle lane is forgotten. */
        public void done() {
            Runnable[] next = new Runnable[1];
            lanes.computeIfPresent(host, (name, lane) -> {
                next[0] = lane.waiting.poll();
                if (next[0] == null) {
                    lane.inFlight--;
                }
                return lane.inFlight == 0 ? null : lane;
            });
            if (next[0] != null) {
                next[0].run();
            }
        }
    }
}
