package io.smsauto.admin.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.ExecutionHistory;
import io.smsauto.events.ActionResult;
import io.smsauto.events.AutomationTriggered;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the execution history from {@code automations.triggered} and {@code actions.results}. A record
 * is acknowledged once stored; an unreadable or incomplete one goes to the topic's dead-letter topic.
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
        return Uni.createFrom().deferred(() -> history.triggered(event));
    }

    @Incoming("action-results")
    public Uni<Void> onResult(ActionResult result) {
        if (result == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable actions.results record"));
        }
        return Uni.createFrom().deferred(() -> history.result(result)).invoke(change -> results.count(result, change))
                .replaceWithVoid();
    }
}
