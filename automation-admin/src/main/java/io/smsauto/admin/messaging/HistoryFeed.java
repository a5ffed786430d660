package io.smsauto.admin.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.ExecutionHistory;
import io.smsauto.conventions.persistence.TransientFailures;
import io.smsauto.events.ActionResult;
import io.smsauto.events.AutomationTriggered;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the execution history from {@code automations.triggered} and {@code actions.results}. A record
 * is acknowledged once stored; an unreadable or incomplete one goes to the topic's dead-letter topic.
 * While the database cannot store it (unreachable, restarting), the record waits and is stored again
 * and again with backoff: an outage is no fault of the record, so it never sends one to the dead letters.
 */
@ApplicationScoped
public class HistoryFeed {

    private final ExecutionHistory history;
    private final ResultCounter results;

    public HistoryFeed(ExecutionHistory history, ResultCounter results) {
        this.history = history;
        this.results = results;
    }

    @Incoming("automations-triggered")
    public Uni<Void> onTriggered(AutomationTriggered event) {
        if (event == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable automations.triggered record"));
        }
        return whileTheDatabaseIsDown("automations.triggered", () -> history.triggered(event));
    }

    @Incoming("action-results")
    public Uni<Void> onResult(ActionResult result) {
        if (result == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable actions.results record"));
        }
        return whileTheDatabaseIsDown("actions.results", () -> history.result(result))
                .invoke(change -> results.count(result, change))
                .replaceWithVoid();
    }

    private static <T> Uni<T> whileTheDatabaseIsDown(String topic, Supplier<Uni<? extends T>> store) {
        return TransientFailures.retried(Uni.createFrom().deferred(store), topic + " records");
    }
}
