package io.smsauto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named list of contacts that automations add numbers to and remove them from. */
@Entity
@Table(name = "lists")
public class ContactList {

    @Id
    public UUID id;

    public String name;

    @Column(name = "created_at")
    public Instant createdAt;

    public static ContactList named(String name, Instant at) {
        ContactList list = new ContactList();
        list.id = UUID.randomUUID();
        list.name = name;
        list.createdAt = at;
        return list;
    }
}
