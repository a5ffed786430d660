package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.config.DispatcherConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * Bounds the calls held in memory (in flight or waiting for their host): the consumer waits for room
 * before it takes more events, the poller takes only as many due calls as there is room for.
 */
@ApplicationScoped
public class PendingCapacity {

    private final Semaphore permits;
    private final int max;

    public PendingCapacity(DispatcherConfig config) {
        this.max = config.maxPending();
        this.permits = new Semaphore(max);
    }

    public int max() {
        return max;
    }

    public void acquire(int calls) throws InterruptedException {
        permits.acquire(calls);
    }

    /** Takes room for up to {@code calls}; returns for how many. */
    public int tryAcquireUpTo(int calls) {
        int taken = 0;
        while (taken < calls && permits.tryAcquire()) {
            taken++;
        }
        return taken;
    }

    public void release(int calls) {
        if (calls > 0) {
            permits.release(calls);
        }
    }
}
