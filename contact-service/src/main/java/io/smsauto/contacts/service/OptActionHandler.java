package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.contacts.OptStatus;
import io.smsauto.contacts.messaging.OptOutRelay;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.events.ActionRequested;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Opts the contact out (STOP, an automation's UNSUBSCRIBE) or back in (START): the contact is created
 * if unknown, the requests are decided in order on the locked statuses, and once committed the
 * changes are relayed to contacts.opt-outs. Subclasses are {@code @Singleton}: an
 * {@code @ApplicationScoped} proxy would need a no-argument constructor here.
 */
abstract class OptActionHandler implements ActionHandler {

    private final boolean optOut;
    private final ContactStore contacts;
    private final OptStatusChanges changes;
    private final OptOutRelay relay;

    OptActionHandler(boolean optOut, ContactStore contacts, OptStatusChanges changes, OptOutRelay relay) {
        this.optOut = optOut;
        this.contacts = contacts;
        this.changes = changes;
        this.relay = relay;
    }

    @Override
    public Uni<Map<String, ActionOutcome>> apply(SqlConnection connection, List<ActionRequested> requests, Instant now) {
        TreeSet<String> numbers = new TreeSet<>();
        requests.forEach(request -> numbers.add(request.contact()));
        return contacts.createMissing(connection, numbers, now)
                .chain(() -> contacts.lockStatuses(connection, numbers))
                .chain(locked -> {
                    Map<String, OptStatus> current = new HashMap<>(locked);
                    List<OptStatus.Decision> decisions = new ArrayList<>();
                    Map<String, ActionOutcome> outcomes = new HashMap<>();
                    for (ActionRequested request : requests) {
                        OptStatus.Decision decision = current.get(request.contact()).request(optOut, sentAt(request, now));
                        current.put(request.contact(), decision.next());
                        decisions.add(decision);
                        outcomes.put(request.eventId(), new ActionOutcome(decision.status(), decision.detail(), now));
                    }
                    return changes.save(connection, decisions).replaceWith(outcomes);
                });
    }

    @Override
    public Uni<Void> afterCommit() {
        return relay.publishCommitted();
    }

    /** When the contact sent the message: STOP and START are ordered by it across their two topics. */
    private static Instant sentAt(ActionRequested request, Instant now) {
        Instant sent = request.message().receivedAt() != null ? request.message().receivedAt() : request.requestedAt();
        return sent == null ? now : sent.truncatedTo(ChronoUnit.MICROS);
    }
}
