package io.smsauto.matcher.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smsauto.matcher.changelog.AutomationCatalog;
import io.smsauto.matcher.config.MatcherConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes {@code sms.inbound} with {@code matcher.consumers} {@link SessionLoop}s, members of the
 * same group, each with partitions and a transactional id of its own: while one waits for the broker
 * to commit its transaction, another handles records.
 */
@ApplicationScoped
public class InboundProcessing {

    private final List<SessionLoop> loops = new ArrayList<>();

    public InboundProcessing(AutomationCatalog catalog, InboundSessions sessions, MatcherConfig config) {
        for (int i = 0; i < config.consumers(); i++) {
            int slot = i;
            loops.add(new SessionLoop("sms-inbound-consumer-" + slot, catalog, () -> sessions.open(slot)));
        }
    }

    void start(@Observes StartupEvent event) {
        loops.forEach(SessionLoop::start);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (SessionLoop loop : loops) {
            loop.stop();
        }
    }

    /** True while every consumer has a session. */
    public boolean isConsuming() {
        return loops.stream().allMatch(SessionLoop::isConsuming);
    }
}
