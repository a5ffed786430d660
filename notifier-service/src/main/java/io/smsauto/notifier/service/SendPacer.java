package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.VonageConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps calls to Vonage under {@code vonage.max-rate} per second: each call gets a turn, turns are
 * evenly spaced and handed out in the order they are asked for, so a burst queues instead of being
 * dropped. Waiting holds no thread. The limit is per replica.
 */
@ApplicationScoped
public class SendPacer {

    private final long spacingNanos;
    private final AtomicLong nextTurn = new AtomicLong(Long.MIN_VALUE);

    @Inject
    public SendPacer(VonageConfig config) {
        this(config.maxRate());
    }

    SendPacer(double maxRate) {
        this.spacingNanos = maxRate > 0 ? Math.round(1_000_000_000 / maxRate) : 0;
    }

    /** Completes when the caller may call Vonage. */
    public Uni<Void> turn() {
        Duration wait = delay(reserve(System.nanoTime()));
        return wait.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
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
}
