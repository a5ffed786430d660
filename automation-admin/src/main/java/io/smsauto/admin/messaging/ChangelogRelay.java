package io.smsauto.admin.messaging;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.repository.AutomationRepository;
import io.smsauto.admin.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Moves committed changes from the outbox to {@code automations.changelog}. Each publication reads
 * the automation's current state under a lock held until commit, so the changelog's last record for
 * an automation is always its latest state, whatever the order in which changes are relayed.
 */
@ApplicationScoped
public class ChangelogRelay {

    private final AutomationRepository automations;
    private final OutboxRepository outbox;
    private final ChangelogPublisher publisher;

    public ChangelogRelay(AutomationRepository automations, OutboxRepository outbox, ChangelogPublisher publisher) {
        this.automations = automations;
        this.outbox = outbox;
        this.publisher = publisher;
    }

    /** Publishes the pending changes of one automation; completes once the broker has them. */
    @WithTransaction
    public Uni<Void> publish(UUID automationId) {
        return outbox.lockPublication(automationId)
                .chain(() -> outbox.newestPendingSeq(automationId))
                .chain(seq -> seq == null ? Uni.createFrom().voidItem() : publishCurrentState(automationId, seq));
    }

    /** Repairs the changelog after a crash or a broker outage, a second after start and then periodically. */
    @Scheduled(every = "${changelog.repair-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    public Uni<Void> publishAllPending() {
        return outbox.pendingAutomationIds()
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> publish(id)
                        .onFailure().invoke(e -> Log.warnf("Changelog publication of %s failed, will retry: %s", id, e))
                        .onFailure().recoverWithNull())
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> publishCurrentState(UUID automationId, long seq) {
        return automations.findById(automationId)
                .chain(entity -> publisher.publish(automationId, entity == null ? null : entity.toAutomation()))
                .chain(() -> outbox.deleteUpTo(automationId, seq))
                .replaceWithVoid();
    }

}
