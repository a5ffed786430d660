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
        long wait = reserve(System.nanoTime());
        return wait <= 0 ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofNanos(wait));
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
