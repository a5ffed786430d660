package io.smsauto.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A committed change of one automation that is not yet on automations.changelog. */
@Entity
@Table(name = "changelog_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "automation_id")
    public UUID automationId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static OutboxEntry changed(UUID automationId, Instant at) {
        OutboxEntry entry = new OutboxEntry();
        entry.automationId = automationId;
        entry.createdAt = at;
        return entry;
    }
}
