package io.smsauto.admin.repository;

import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

/** PostgreSQL advisory locks held until the current transaction ends, across threads and replicas. */
final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    static Uni<Void> lockUntilCommit(Mutiny.Session session, String key) {
        return session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult()
                .replaceWithVoid();
    }
}
