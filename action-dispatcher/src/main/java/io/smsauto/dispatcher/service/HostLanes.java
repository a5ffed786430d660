package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.config.DispatcherConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Per-host concurrency: each target host has a lane that lets a few of its calls run at once and a
 * few more wait; the rest go back to the database for later. A slow or failing host so only ever
 * holds its own lane, never the calls of other hosts. Every host belongs to one event loop, where
 * its lane is read and changed and its calls are made, so a lane needs no locking.
 */
@ApplicationScoped
public class HostLanes {

    private final List<Context> eventLoops = new ArrayList<>();
    private final List<Map<String, Lane>> lanes = new ArrayList<>();
    private final int maxInFlight;
    private final int maxWaiting;

    @Inject
    public HostLanes(Vertx vertx, DispatcherConfig config) {
        this(vertx, config.perHostConcurrency(), config.perHostQueue());
    }

    public HostLanes(Vertx vertx, int maxInFlight, int maxWaiting) {
        this.maxInFlight = maxInFlight;
        this.maxWaiting = maxWaiting;
        int count = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            // an event-loop context whatever thread creates this bean (a worker's context would serialise the calls)
            eventLoops.add(((VertxInternal) vertx).createEventLoopContext());
            lanes.add(new HashMap<>());
        }
    }

    /**
     * Runs {@code call} on the host's event loop as soon as the host has room, or runs {@code busy}
     * there when its lane is full. {@code call} gets the lane back, to {@link Lane#done()} it.
     */
    public void run(String host, Consumer<Lane> call, Runnable busy) {
        int index = Math.floorMod(host.hashCode(), eventLoops.size());
        eventLoops.get(index).runOnContext(ignored -> {
            Map<String, Lane> hostLanes = lanes.get(index);
            Lane lane = hostLanes.computeIfAbsent(host, h -> new Lane(h, hostLanes));
            if (lane.inFlight < maxInFlight) {
                lane.inFlight++;
                call.accept(lane);
            } else if (lane.waiting.size() < maxWaiting) {
                lane.waiting.add(() -> call.accept(lane));
            } else {
                busy.run();
            }
        });
    }

    /** One host's calls; used only on the host's event loop. */
    public static final class Lane {

        private final String host;
        private final Map<String, Lane> owner;
        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private int inFlight;

        private Lane(String host, Map<String, Lane> owner) {
            this.host = host;
            this.owner = owner;
        }

        /** A call of this host ended: the next waiting one takes its place. */
        public void done() {
            Runnable next = waiting.poll();
            if (next != null) {
                next.run();
                return;
            }
            inFlight--;
            if (inFlight == 0) {
                owner.remove(host);
            }
        }
    }
}
