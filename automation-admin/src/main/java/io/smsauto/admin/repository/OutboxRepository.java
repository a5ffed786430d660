package io.smsauto.admin.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.OutboxEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, Long> {

    /** The newest pending change of one automation, or null when none is pending. */
    public Uni<Long> newestPendingSeq(UUID automationId) {
        return getSession().chain(session -> session
                .createSelectionQuery("select max(seq) from OutboxEntry where automationId = :id", Long.class)
                .setParameter("id", automationId)
                .getSingleResult());
    }

    public Uni<Long> deleteUpTo(UUID automationId, long seq) {
        return delete("automationId = ?1 and seq <= ?2", automationId, seq);
    }

    /** Automations with changes not yet published, oldest change first. */
    public Uni<List<UUID>> pendingAutomationIds() {
        return getSession().chain(session -> session
                .createSelectionQuery("select automationId from OutboxEntry group by automationId order by min(seq)",
                        UUID.class)
                .getResultList());
    }

    /** Serialises the publication of one automation's changes across threads and replicas, until commit. */
    public Uni<Void> lockPublication(UUID automationId) {
        return getSession().chain(session -> AdvisoryLocks.lockUntilCommit(session, automationId.toString()));
    }
}
