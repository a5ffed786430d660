package io.smsauto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number the service has seen, with its opt-out status. Written by the SQL stores, read here. */
@Entity
@Table(name = "contacts")
public class Contact {

    @Id
    public String number;

    @Column(name = "opted_out")
    public boolean optedOut;

    @Column(name = "status_since")
    public Instant statusSince;

    @Column(name = "status_requested_at")
    public Instant statusRequestedAt;

    public OptStatus status() {
        return new OptStatus(number, optedOut, statusSince, statusRequestedAt);
    }
}
