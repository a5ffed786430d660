package io.smsauto.admin.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.config.HistoryConfig;
import io.smsauto.admin.repository.ExecutionRepository;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.ActionResult;
import io.smsauto.events.AutomationTriggered;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The execution history of DESIGN.md §3: every message that fired an automation, with each action's
 * status, from {@code automations.triggered} and {@code actions.results}. Kept for
 * {@code history.retention}.
 */
@ApplicationScoped
public class ExecutionHistory {

    public static final int MAX_PAGE_SIZE = 100;

    private final ExecutionRepository executions;
    private final AutomationService automations;
    private final HistoryConfig config;

    public ExecutionHistory(ExecutionRepository executions, AutomationService automations, HistoryConfig config) {
        this.executions = executions;
        this.automations = automations;
        this.config = config;
    }

    public Uni<Void> triggered(AutomationTriggered event) {
        if (event.eventId() == null || event.automation() == null || event.automation().id() == null
                || event.triggeredAt() == null
                || (event.actions() != null && event.actions().stream().anyMatch(a -> a == null || a.eventId() == null))) {
            throw new IllegalArgumentException("automations.triggered event without its ids or time");
        }
        return executions.recordTriggered(event);
    }

    /**
     * Keeps an action's result, or a later one in its place. Results of built-in keywords (no automation)
     * belong to no execution and are kept only so that each action is counted once.
     */
    public Uni<ResultChange> result(ActionResult result) {
        if (result.eventId() == null || result.status() == null) {
            throw new IllegalArgumentException("actions.results event without event id or status");
        }
        return executions.recordResult(result, Instant.now());
    }

    /** A page of the automation's executions, newest first; 404 when the automation does not exist. */
    public Uni<ExecutionPage> page(UUID automationId, int page, int size) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new Violation("size", "must be 1 to " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String id = automationId.toString();
        return automations.get(automationId)
                .chain(() -> executions.count(id))
                .chain(total -> executions.page(id, page, size).map(items -> new ExecutionPage(page, size, total, items)));
    }

    @Scheduled(every = "${history.purge-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> purge() {
        Instant cutoff = Instant.now().minus(config.retention());
        return executions.purgeBefore(cutoff)
                .invoke(removed -> Log.debugf("Purged %d history rows older than %s", removed, cutoff))
                .onFailure().invoke(e -> Log.warnf("Purging the execution history failed, will retry: %s", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
