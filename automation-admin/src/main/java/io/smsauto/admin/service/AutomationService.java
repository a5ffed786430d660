package io.smsauto.admin.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import io.smsauto.admin.OutboxEntry;
import io.smsauto.admin.repository.AutomationRepository;
import io.smsauto.admin.repository.OutboxRepository;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.events.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores automations, one transaction per change; every change leaves an outbox entry in the same
 * transaction. {@code expectedVersion} (the request's If-Match, or null) must be the stored version.
 */
@ApplicationScoped
public class AutomationService {

    private final AutomationRepository automations;
    private final OutboxRepository outbox;
    private final ClashGuard clashes;

    public AutomationService(AutomationRepository automations, OutboxRepository outbox, ClashGuard clashes) {
        this.automations = automations;
        this.outbox = outbox;
        this.clashes = clashes;
    }

    @WithSession
    public Uni<List<Automation>> list() {
        return automations.listOldestFirst().map(all -> all.stream().map(AutomationEntity::toAutomation).toList());
    }

    @WithSession
    public Uni<Versioned<Automation>> get(UUID id) {
        return find(id).map(entity -> new Versioned<>(entity.toAutomation(), entity.version));
    }

    @WithTransaction
    public Uni<Versioned<Automation>> create(ValidAutomation valid) {
        Instant now = now();
        AutomationEntity entity = new AutomationEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = now;
        entity.updatedAt = now;
        apply(entity, valid, ActionIds.fresh(valid.actions()));
        return clashes.check(entity.toAutomation())
                .chain(() -> automations.persist(entity))
                .chain(() -> changed(entity, now))
                .map(saved -> new Versioned<>(saved.toAutomation(), saved.version));
    }

    @WithTransaction
    public Uni<Versioned<Automation>> replace(UUID id, ValidAutomation valid, Long expectedVersion) {
        return find(id, expectedVersion)
                .chain(entity -> {
                    List<ActionSpec> actions = ActionIds.reconcile(entity.actions, valid.actions());
                    Automation replaced = new Automation(id.toString(), valid.name(), valid.enabled(), valid.numbers(),
                            new Trigger(valid.keywords(), valid.match()), actions, entity.createdAt, entity.updatedAt);
                    return clashes.check(replaced)
                            .invoke(() -> apply(entity, valid, actions))
                            .chain(() -> changed(entity, now()));
                })
                .map(saved -> new Versioned<>(saved.toAutomation(), saved.version));
    }

    @WithTransaction
    public Uni<Versioned<ActionSpec>> addAction(UUID id, ActionSpec action, Long expectedVersion) {
        ActionSpec added = ActionIds.withId(action, UUID.randomUUID().toString());
        return find(id, expectedVersion)
                .chain(entity -> {
                    List<ActionSpec> actions = new ArrayList<>(entity.actions);
                    actions.add(added);
                    entity.actions = actions;
                    return changed(entity, now());
                })
                .map(saved -> new Versioned<>(added, saved.version));
    }

    @WithTransaction
    public Uni<Versioned<ActionSpec>> replaceAction(UUID id, String actionId, ActionSpec action, Long expectedVersion) {
        ActionSpec replaced = ActionIds.withId(action, actionId);
        return find(id, expectedVersion)
                .chain(entity -> {
                    List<ActionSpec> actions = new ArrayList<>(entity.actions);
                    actions.set(indexOf(entity, actionId), replaced);
                    entity.actions = actions;
                    return changed(entity, now());
                })
                .map(saved -> new Versioned<>(replaced, saved.version));
    }

    /** Completes with the automation's new version. */
    @WithTransaction
    public Uni<Long> deleteAction(UUID id, String actionId, Long expectedVersion) {
        return find(id, expectedVersion)
                .chain(entity -> {
                    List<ActionSpec> actions = new ArrayList<>(entity.actions);
                    actions.remove(indexOf(entity, actionId));
                    if (actions.isEmpty()) {
                        throw new InvalidRequestException("actions",
                                "an automation needs at least one action: delete the automation instead");
                    }
                    entity.actions = actions;
                    return changed(entity, now());
                })
                .map(saved -> saved.version);
    }

    @WithTransaction
    public Uni<Void> delete(UUID id, Long expectedVersion) {
        return find(id, expectedVersion)
                .call(automations::delete)
                .call(() -> outbox.persist(OutboxEntry.changed(id, now())))
                .replaceWithVoid();
    }

    private Uni<AutomationEntity> find(UUID id) {
        return automations.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No automation " + id + "."));
    }

    private Uni<AutomationEntity> find(UUID id, Long expectedVersion) {
        return find(id).invoke(entity -> {
            if (expectedVersion != null && expectedVersion != entity.version) {
                throw new VersionMismatchException(expectedVersion, entity.version);
            }
        });
    }

    /** Records the change in the outbox and flushes, so that the entity carries its new version. */
    private Uni<AutomationEntity> changed(AutomationEntity entity, Instant now) {
        entity.updatedAt = now;
        return outbox.persist(OutboxEntry.changed(entity.id, now))
                .chain(automations::flush)
                .replaceWith(entity);
    }

    private static int indexOf(AutomationEntity entity, String actionId) {
        for (int i = 0; i < entity.actions.size(); i++) {
            if (entity.actions.get(i).id().equals(actionId)) {
                return i;
            }
        }
        throw new NotFoundException("Automation " + entity.id + " has no action " + actionId + ".");
    }

    private static void apply(AutomationEntity entity, ValidAutomation valid, List<ActionSpec> actions) {
        entity.name = valid.name();
        entity.enabled = valid.enabled();
        entity.numbers = valid.numbers();
        entity.keywords = valid.keywords();
        entity.matchMode = valid.match();
        entity.actions = actions;
    }

    /** Microseconds, as PostgreSQL stores them, so what is returned equals what is read back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
