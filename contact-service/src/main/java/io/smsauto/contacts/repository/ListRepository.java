package io.smsauto.contacts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ContactList;
import io.smsauto.contacts.ListSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ListRepository implements PanacheRepositoryBase<ContactList, UUID> {

    private static final String SUMMARIES = """
            select new io.smsauto.contacts.ListSummary(l.id, l.name, count(m.number))
            from ContactList l left join Membership m on m.listId = l.id
            %s group by l.id, l.name order by lower(l.name), l.id""";

    /** Every list with its number of members, by name. */
    public Uni<List<ListSummary>> summaries() {
        return getSession().chain(session -> session
                .createSelectionQuery(SUMMARIES.formatted(""), ListSummary.class)
                .getResultList());
    }

    /** One list with its number of members; null when there is no such list. */
    public Uni<ListSummary> summary(UUID id) {
        return getSession().chain(session -> session
                .createSelectionQuery(SUMMARIES.formatted("where l.id = :id"), ListSummary.class)
                .setParameter("id", id)
                .getSingleResultOrNull());
    }

    /** The list with this name, whatever its case; null when there is none. */
    public Uni<ContactList> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResult();
    }
}
