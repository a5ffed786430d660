package io.smsauto.admin.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import io.smsauto.events.MatchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AutomationRepository implements PanacheRepositoryBase<AutomationEntity, UUID> {

    /** {@code numbers} is a JSON list held as text: "[]" for every number. */
    private static final String LISTENS_ON_NUMBER =
            "(a.numbers = '[]' or cast(a.numbers as jsonb) @> jsonb_build_array(cast(:number as text)))";

    public Uni<List<AutomationEntity>> listOldestFirst() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    /** The enabled automations that listen on {@code number} or on every number: all a message to it can fire. */
    public Uni<List<AutomationEntity>> enabledListeningOn(String number) {
        return getSession().chain(session -> session
                .createNativeQuery("select a.* from admin.automations a where a.enabled and " + LISTENS_ON_NUMBER,
                        AutomationEntity.class)
                .setParameter("number", number)
                .getResultList());
    }

    /**
     * The enabled automations of {@code mode} that share a number with {@code numbers}, or that listen
     * on every number when {@code numbers} is empty: the only ones a keyword clash (DESIGN.md §4) can
     * involve. The matching library decides which of them really clash.
     */
    public Uni<List<AutomationEntity>> enabledSharingNumbers(MatchMode mode, List<String> numbers) {
        String numbersClause = numbers.isEmpty() ? "a.numbers = '[]'"
                : "exists (select 1 from jsonb_array_elements_text(cast(a.numbers as jsonb)) n where n = any(:numbers))";
        return getSession().chain(session -> {
            var query = session.createNativeQuery("select a.* from admin.automations a where a.enabled"
                    + " and a.match_mode = :mode and " + numbersClause, AutomationEntity.class)
                    .setParameter("mode", mode.name());
            return (numbers.isEmpty() ? query : query.setParameter("numbers", numbers.toArray(String[]::new)))
                    .getResultList();
        });
    }

    /**
     * Serialises, until commit, the transactions that may add a keyword in {@code mode}: two of them
     * could otherwise each check for clashes before the other commits, and both save.
     */
    public Uni<Void> lockKeywords(MatchMode mode) {
        return getSession().chain(session -> AdvisoryLocks.lockUntilCommit(session, "automation-keywords:" + mode));
    }
}
