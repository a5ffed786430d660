package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.VonageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps calls to Vonage under {@code vonage.max-rate} per second, in every second, not only on
 * average: Vonage counts per second. Two steps:
 * <ul>
 *   <li>{@link #turn()}, before a send is claimed, holding no thread while it waits: turns evenly
 *   spaced (1/max-rate apart, no banked burst), handed out in the order asked, so a burst queues
 *   instead of being dropped and the average holds;</li>
 *   <li>{@link #awaitStart()}, on the provider thread right before the call: a sliding window of the
 *   last max-rate call starts, so that however unevenly sends reach their call after their turn (a
 *   claim's round trip, a thread switch on a busy machine), no second, counted from any instant, sees
 *   more than max-rate (at least 1) calls start. It waits only when sends bunched up after their
 *   turns, and then on the thread of the send's own slot ({@link SendSlots}), which no other send
 *   could use meanwhile.</li>
 * </ul>
 * The limit is per replica.
 */
@ApplicationScoped
public class SendPacer {

    private static final long SECOND = 1_000_000_000L;

    private final long spacingNanos;
    private final AtomicLong nextTurn = new AtomicLong(Long.MIN_VALUE);
    /** The start times of the last calls, a ring, oldest at {@code oldest}; only used when pacing. */
    private final long[] recentStarts;
    private int started;
    private int oldest;

    @Inject
    public SendPacer(VonageConfig config) {
        this(config.maxRate());
    }

    SendPacer(double maxRate) {
        this.spacingNanos = maxRate > 0 ? Math.round(SECOND / maxRate) : 0;
        this.recentStarts = new long[maxRate > 0 ? Math.max(1, (int) Math.floor(maxRate)) : 0];
    }

    /** Completes when the caller's turn comes; then it claims its send and calls {@link #awaitStart()}. */
    public Uni<Void> turn() {
        Duration wait = delay(reserve(System.nanoTime()));
        return wait.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
    }

    /** Returns when a call may start without exceeding the rate in the second before it, and counts it as started. */
    public void awaitStart() {
        for (long wait = tryStartNow(); wait > 0; wait = tryStartNow()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** The clock read under the lock: starts are recorded in the order of their times. */
    private synchronized long tryStartNow() {
        return tryStart(System.nanoTime());
    }

    /**
     * A wait in whole milliseconds, rounded up: Quarkus runs Mutiny's delays on Vert.x timers, which
     * refuse a delay under 1 ms (the send then failed and its action event was dead-lettered).
     */
    static Duration delay(long waitNanos) {
        return waitNanos <= 0 ? Duration.ZERO : Duration.ofMillis((waitNanos + 999_999) / 1_000_000);
    }

    /** Takes the next free turn at or after {@code now}; how long until it comes, in nanoseconds. */
    long reserve(long now) {
        if (spacingNanos == 0) {
            return 0;
        }
        long turn = Math.max(nextTurn.getAndAccumulate(now, (next, time) -> Math.max(next, time) + spacingNanos), now);
        return turn - now;
    }

    /**
     * Starts a call at {@code now} when fewer than max-rate calls started in the second before (0
     * returned), else starts nothing and returns how long until the oldest of them is a second old.
     */
    synchronized long tryStart(long now) {
        if (recentStarts.length == 0) {
            return 0;
        }
        if (started == recentStarts.length) {
            long free = recentStarts[oldest] + SECOND - now;
            if (free > 0) {
                return free;
            }
        } else {
            started++;
        }
        recentStarts[oldest] = now;
        oldest = (oldest + 1) % recentStarts.length;
        return 0;
    }
}
