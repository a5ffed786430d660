package io.smsauto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A number on a list. Written by the SQL stores, read here. */
@Entity
@Table(name = "memberships")
@IdClass(Membership.Key.class)
public class Membership {

    @Id
    @Column(name = "list_id")
    public UUID listId;

    @Id
    public String number;

    @Column(name = "added_at")
    public Instant addedAt;

    /** The composite key Hibernate needs; nothing else uses it. */
    public static class Key implements Serializable {

        public UUID listId;
        public String number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(listId, key.listId) && Objects.equals(number, key.number);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, number);
        }
    }
}
