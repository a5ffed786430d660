package io.smsauto.admin.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import io.smsauto.admin.OutboxEntry;
import io.smsauto.admin.repository.AutomationRepository;
import io.smsauto.admin.repository.OutboxRepository;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Stores automations; every committed change leaves an outbox entry in the same transaction. */
@ApplicationScoped
public class AutomationService {

    private final AutomationRepository automations;
    private final OutboxRepository outbox;

    public AutomationService(AutomationRepository automations, OutboxRepository outbox) {
        this.automations = automations;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Automation> create(ValidAutomation valid) {
        Instant now = now();
        AutomationEntity entity = new AutomationEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = now;
        apply(entity, valid, now);
        return automations.persist(entity)
                .call(() -> outbox.persist(OutboxEntry.changed(entity.id, now)))
                .map(AutomationEntity::toAutomation);
    }

    @WithSession
    public Uni<List<Automation>> list() {
        return automations.listOldestFirst().map(all -> all.stream().map(AutomationEntity::toAutomation).toList());
    }

    @WithSession
    public Uni<Automation> get(UUID id) {
        return find(id).map(AutomationEntity::toAutomation);
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return find(id)
                .call(automations::delete)
                .call(() -> outbox.persist(OutboxEntry.changed(id, now())))
                .replaceWithVoid();
    }

    private Uni<AutomationEntity> find(UUID id) {
        return automations.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No automation " + id + "."));
    }

    private static void apply(AutomationEntity entity, ValidAutomation valid, Instant now) {
        entity.name = valid.name();
        entity.enabled = valid.enabled();
        entity.numbers = valid.numbers();
        entity.keywords = valid.keywords();
        entity.matchMode = valid.match();
        entity.actions = valid.actions().stream().map(AutomationService::withNewId).toList();
        entity.updatedAt = now;
    }

    private static ActionSpec withNewId(ActionSpec a) {
        return new ActionSpec(UUID.randomUUID().toString(), a.name(), a.type(), a.listId(), a.message(), a.numbers(),
                a.emails(), a.method(), a.url(), a.headers(), a.params());
    }

    /** Microseconds, as PostgreSQL stores them, so what is returned equals what is read back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
