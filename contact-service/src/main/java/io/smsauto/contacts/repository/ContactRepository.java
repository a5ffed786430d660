package io.smsauto.contacts.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.Contact;
import io.smsauto.contacts.ListRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, String> {

    /** The lists a number is on, by name. */
    public Uni<List<ListRef>> listsOf(String number) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select new io.smsauto.contacts.ListRef(l.id, l.name)
                        from ContactList l join Membership m on m.listId = l.id
                        where m.number = :number order by lower(l.name), l.id""", ListRef.class)
                .setParameter("number", number)
                .getResultList());
    }
}
