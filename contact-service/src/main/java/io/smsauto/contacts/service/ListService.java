package io.smsauto.contacts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ContactList;
import io.smsauto.contacts.ListSummary;
import io.smsauto.contacts.repository.ListRepository;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Contact lists: names unique whatever their case (409 otherwise); deleting a list removes its memberships. */
@ApplicationScoped
public class ListService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final ListRepository lists;

    public ListService(ListRepository lists) {
        this.lists = lists;
    }

    @WithTransaction
    public Uni<ListSummary> create(String name) {
        ContactList list = ContactList.named(name, Clock.now());
        return requireFreeName(name, null)
                .chain(() -> lists.persistAndFlush(list))
                .onFailure(ListService::isUniqueViolation).transform(e -> duplicate(name))
                .map(saved -> new ListSummary(saved.id, saved.name, 0));
    }

    @WithSession
    public Uni<List<ListSummary>> all() {
        return lists.summaries();
    }

    @WithSession
    public Uni<ListSummary> get(UUID id) {
        return lists.summary(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    @WithTransaction
    public Uni<ListSummary> rename(UUID id, String name) {
        return find(id)
                .call(() -> requireFreeName(name, id))
                .invoke(list -> list.name = name)
                .call(lists::flush)
                .onFailure(ListService::isUniqueViolation).transform(e -> duplicate(name))
                .chain(() -> lists.summary(id));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return find(id).call(lists::delete).replaceWithVoid();
    }

    private Uni<ContactList> find(UUID id) {
        return lists.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    private Uni<Void> requireFreeName(String name, UUID renamed) {
        return lists.findByName(name)
                .invoke(holder -> {
                    if (holder != null && !holder.id.equals(renamed)) {
                        throw duplicate(name);
                    }
                })
                .replaceWithVoid();
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("No list " + id + ".");
    }

    private static ClientErrorException duplicate(String name) {
        return new ClientErrorException("A list named \"" + name + "\" already exists.", Response.Status.CONFLICT);
    }

    /** A concurrent create or rename took the name between the check and the write. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
