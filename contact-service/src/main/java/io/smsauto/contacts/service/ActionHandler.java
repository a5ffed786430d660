package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionType;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Applies the action events of one type, many at once, inside the caller's transaction. */
public interface ActionHandler {

    ActionType type();

    /**
     * Applies {@code requests} (distinct event ids, never applied before) in their order.
     *
     * @return the outcome of each, by event id
     */
    Uni<Map<String, ActionOutcome>> apply(SqlConnection connection, List<ActionRequested> requests, Instant now);

    /** Runs once the transaction that applied a batch has committed. */
    default Uni<Void> afterCommit() {
        return Uni.createFrom().voidItem();
    }
}
