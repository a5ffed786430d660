package io.smsauto.matcher.messaging;

import io.quarkus.logging.Log;
import io.smsauto.matcher.changelog.AutomationCatalog;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.WakeupException;

/**
 * One consumer of {@code sms.inbound}, on a thread of its own once the automation index has caught
 * up: one {@link InboundSession} after another, a new one whenever the last fails (a fenced
 * producer, a broker away, a rebalance that took a transaction's partitions), so recovering is the
 * same path as restarting.
 */
final class SessionLoop {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final AutomationCatalog catalog;
    private final Supplier<InboundSession> sessions;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile InboundSession session;

    SessionLoop(String name, AutomationCatalog catalog, Supplier<InboundSession> sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.thread = new Thread(this::consumeUntilStopped, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Lets the cycle under way commit, then leaves the group. */
    void stop() throws InterruptedException {
        running = false;
        InboundSession current = session;
        if (current != null) {
            current.wakeup();
        } else {
            thread.interrupt(); // waiting for the index or to retry: never in a transaction
        }
        thread.join(10_000);
    }

    boolean isConsuming() {
        return session != null;
    }

    private void consumeUntilStopped() {
        try {
            catalog.awaitCaughtUp();
        } catch (InterruptedException e) {
            return;
        }
        while (running) {
            try (InboundSession current = sessions.get()) {
                current.start();
                session = current;
                while (running) {
                    current.cycle(POLL);
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                Log.warnf(e, "%s failed; starting again from the last commit", thread.getName());
                pause();
            } finally {
                session = null;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }
}
