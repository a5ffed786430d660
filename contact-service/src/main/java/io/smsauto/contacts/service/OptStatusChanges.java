package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.OptStatus;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.contacts.repository.OptOutOutbox;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores opt-out decisions and, in the same transaction, an outbox row for every number whose status
 * changed, so that the change reaches contacts.opt-outs even if the service stops right after commit.
 */
@ApplicationScoped
public class OptStatusChanges {

    private final ContactStore contacts;
    private final OptOutOutbox outbox;

    public OptStatusChanges(ContactStore contacts, OptOutOutbox outbox) {
        this.contacts = contacts;
        this.outbox = outbox;
    }

    /** Saves {@code decisions}, taken in this order on statuses locked by the caller. */
    public Uni<Void> save(SqlConnection connection, List<OptStatus.Decision> decisions) {
        Map<String, OptStatus> latest = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (OptStatus.Decision decision : decisions) {
            latest.put(decision.next().number(), decision.next());
            if (decision.changed()) {
                changed.add(decision.next().number());
            }
        }
        return contacts.saveStatuses(connection, latest.values()).chain(() -> outbox.append(connection, changed));
    }
}
