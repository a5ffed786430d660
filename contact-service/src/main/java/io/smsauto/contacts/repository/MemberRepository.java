package io.smsauto.contacts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Membership, Membership.Key> {

    private static final Sort BY_NUMBER = Sort.by("number");

    public Uni<List<Membership>> page(UUID listId, int page, int size) {
        return find("listId", BY_NUMBER, listId).page(Page.of(page, size)).list();
    }

    public Uni<List<Membership>> all(UUID listId) {
        return list("listId", BY_NUMBER, listId);
    }

    public Uni<Long> countOn(UUID listId) {
        return count("listId", listId);
    }
}
