package io.smsauto.contacts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ListRef;
import io.smsauto.contacts.OptStatus;
import io.smsauto.contacts.messaging.OptOutRelay;
import io.smsauto.contacts.repository.ContactRepository;
import io.smsauto.contacts.repository.ContactStore;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** One contact: its opt-out status and lists; an operator may subscribe it again. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final Pool pool;
    private final ContactStore statuses;
    private final OptStatusChanges changes;
    private final OptOutRelay relay;

    public ContactService(ContactRepository contacts, Pool pool, ContactStore statuses, OptStatusChanges changes,
            OptOutRelay relay) {
        this.contacts = contacts;
        this.pool = pool;
        this.statuses = statuses;
        this.changes = changes;
        this.relay = relay;
    }

    /** A contact with its opt-out status and the lists it is on. */
    public record ContactDetails(OptStatus status, List<ListRef> lists) {
    }

    @WithSession
    public Uni<ContactDetails> get(String number) {
        return contacts.findById(number)
                .onItem().ifNull().failWith(() -> notFound(number))
                .chain(contact -> contacts.listsOf(number).map(lists -> new ContactDetails(contact.status(), lists)));
    }

    /** Subscribes an opted-out number again; answers once the change is on contacts.opt-outs, if the broker allows. */
    public Uni<ContactDetails> optIn(String number) {
        return pool.withTransaction(connection -> statuses.lockStatuses(connection, List.of(number))
                        .chain(found -> {
                            OptStatus status = found.get(number);
                            if (status == null) {
                                return Uni.createFrom().failure(notFound(number));
                            }
                            return changes.save(connection, List.of(status.optedInByOperator(Clock.now())));
                        }))
                .call(relay::publishCommitted)
                .chain(() -> get(number));
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("No contact " + number + ".");
    }
}
