package io.smsauto.contacts.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ListMember;
import io.smsauto.contacts.Membership;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.contacts.repository.ListRepository;
import io.smsauto.contacts.repository.MemberRepository;
import io.smsauto.contacts.repository.MembershipStore;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The members of one list, one at a time or many at once. Numbers are E.164. */
@ApplicationScoped
public class MemberService {

    private final Pool pool;
    private final ContactStore contacts;
    private final MembershipStore memberships;
    private final ListRepository lists;
    private final MemberRepository members;

    public MemberService(Pool pool, ContactStore contacts, MembershipStore memberships, ListRepository lists,
            MemberRepository members) {
        this.pool = pool;
        this.contacts = contacts;
        this.memberships = memberships;
        this.lists = lists;
        this.members = members;
    }

    /** A member of a list and whether this call added it. */
    public record Added(String number, Instant addedAt, boolean added) {
    }

    /** A page of a list's members, by number. */
    public record MemberPage(int page, int size, long total, List<Membership> members) {
    }

    public Uni<Added> add(UUID listId, String number) {
        ListMember member = new ListMember(listId, number);
        return pool.withTransaction(connection -> addAll(connection, listId, List.of(number))
                .chain(added -> memberships.addedAt(connection, member)
                        .map(at -> new Added(number, at.orElseThrow(), added == 1))));
    }

    /** Adds every number not on the list yet (duplicates count once); returns how many it added. */
    public Uni<Integer> addAll(UUID listId, Collection<String> numbers) {
        return pool.withTransaction(connection -> addAll(connection, listId, numbers));
    }

    public Uni<Void> remove(UUID listId, String number) {
        return pool.withTransaction(connection -> requireList(connection, listId)
                .chain(() -> memberships.remove(connection, List.of(new ListMember(listId, number)))))
                .invoke(removed -> {
                    if (removed.isEmpty()) {
                        throw new NotFoundException(number + " is not on list " + listId + ".");
                    }
                })
                .replaceWithVoid();
    }

    @WithSession
    public Uni<MemberPage> page(UUID listId, int page, int size) {
        return existing(listId)
                .chain(() -> members.countOn(listId))
                .chain(total -> members.page(listId, page, size).map(found -> new MemberPage(page, size, total, found)));
    }

    @WithSession
    public Uni<List<Membership>> all(UUID listId) {
        return existing(listId).chain(() -> members.all(listId));
    }

    private Uni<Integer> addAll(SqlConnection connection, UUID listId, Collection<String> numbers) {
        Set<String> distinct = new LinkedHashSet<>(numbers);
        List<ListMember> toAdd = distinct.stream().map(number -> new ListMember(listId, number)).toList();
        Instant now = Clock.now();
        return requireList(connection, listId)
                .chain(() -> contacts.createMissing(connection, distinct, now))
                .chain(() -> memberships.add(connection, toAdd, now))
                .map(Set::size);
    }

    /** Fails with 404 unless the list exists; it then cannot be deleted before the transaction ends. */
    private Uni<Void> requireList(SqlConnection connection, UUID listId) {
        return memberships.lockExistingLists(connection, List.of(listId))
                .invoke(found -> {
                    if (found.isEmpty()) {
                        throw ListService.notFound(listId);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> existing(UUID listId) {
        return lists.findById(listId).onItem().ifNull().failWith(() -> ListService.notFound(listId)).replaceWithVoid();
    }
}
