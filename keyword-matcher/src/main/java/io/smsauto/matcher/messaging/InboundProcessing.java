package io.smsauto.matcher.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.events.Topics;
import io.smsauto.matcher.changelog.AutomationCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Consumes {@code sms.inbound} on a thread of its own once the automation index has caught up: one
 * {@link InboundSession} after another, a new one whenever the last fails (a fenced producer, a
 * broker away, a rebalance that took a transaction's partitions), so recovering is the same path
 * as restarting.
 */
@ApplicationScoped
public class InboundProcessing {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final AutomationCatalog catalog;
    private final InboundSessions sessions;
    private volatile boolean running = true;
    private volatile InboundSession session;
    private Thread thread;

    public InboundProcessing(AutomationCatalog catalog, InboundSessions sessions) {
        this.catalog = catalog;
        this.sessions = sessions;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::consumeUntilStopped, "sms-inbound");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the cycle under way commit, then leaves the group. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        InboundSession current = session;
        if (current != null) {
            current.wakeup();
        } else {
            thread.interrupt(); // waiting for the index or to retry: never in a transaction
        }
        thread.join(10_000);
    }

    /** True while a session is consuming. */
    public boolean isConsuming() {
        return session != null;
    }

    private void consumeUntilStopped() {
        try {
            catalog.awaitCaughtUp();
        } catch (InterruptedException e) {
            return;
        }
        while (running) {
            try (InboundSession current = sessions.open()) {
                current.start();
                session = current;
                while (running) {
                    current.cycle(POLL);
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                Log.warnf(e, "Consuming %s failed; starting again from the last commit", Topics.SMS_INBOUND);
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
