package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.contacts.repository.ProcessedEventStore;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a batch of action events in one transaction, together with the record of their event ids
 * and outcomes: an event applied before (or earlier in the same batch) changes nothing and gets the
 * outcome recorded the first time.
 */
@ApplicationScoped
public class ActionProcessor {

    private final Pool pool;
    private final ProcessedEventStore processed;

    public ActionProcessor(Pool pool, ProcessedEventStore processed) {
        this.pool = pool;
        this.processed = processed;
    }

    /** One result per request, in the order of {@code requests}; completes once committed. */
    public Uni<List<ActionResult>> process(List<ActionRequested> requests, ActionHandler handler) {
        Instant now = Clock.now();
        Map<String, ActionRequested> byEventId = new LinkedHashMap<>();
        requests.forEach(request -> byEventId.putIfAbsent(request.eventId(), request));
        return pool.withTransaction(connection -> processed.find(connection, byEventId.keySet())
                        .chain(known -> {
                            List<ActionRequested> fresh = byEventId.values().stream()
                                    .filter(request -> !known.containsKey(request.eventId()))
                                    .toList();
                            if (fresh.isEmpty()) {
                                return Uni.createFrom().item(known);
                            }
                            return handler.apply(connection, fresh, now)
                                    .call(outcomes -> processed.record(connection, outcomes))
                                    .map(outcomes -> merged(known, outcomes));
                        }))
                .call(handler::afterCommit)
                .map(outcomes -> {
                    List<ActionResult> results = new ArrayList<>(requests.size());
                    requests.forEach(request -> results.add(outcomes.get(request.eventId()).toResult(request)));
                    return results;
                });
    }

    private static Map<String, ActionOutcome> merged(Map<String, ActionOutcome> known, Map<String, ActionOutcome> fresh) {
        Map<String, ActionOutcome> all = new HashMap<>(known);
        all.putAll(fresh);
        return all;
    }
}
