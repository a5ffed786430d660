package io.smsauto.admin;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Trigger;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One automation with its trigger and actions, stored as one row: it changes as a whole. */
@Entity
@Table(name = "automations")
public class AutomationEntity {

    @Id
    public UUID id;

    public String name;

    public boolean enabled;

    @Convert(converter = JsonColumn.Strings.class)
    public List<String> numbers;

    @Convert(converter = JsonColumn.Strings.class)
    public List<String> keywords;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_mode")
    public MatchMode matchMode;

    @Convert(converter = JsonColumn.Actions.class)
    public List<ActionSpec> actions;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The automation as the API shows it and the changelog carries it. */
    public Automation toAutomation() {
        return new Automation(id.toString(), name, enabled, numbers, new Trigger(keywords, matchMode), actions,
                createdAt, updatedAt);
    }
}
