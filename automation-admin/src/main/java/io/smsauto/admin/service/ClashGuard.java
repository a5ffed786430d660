package io.smsauto.admin.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import io.smsauto.admin.repository.AutomationRepository;
import io.smsauto.events.Automation;
import io.smsauto.matching.KeywordClash;
import io.smsauto.matching.KeywordClashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Refuses an automation whose keywords clash with an enabled one (DESIGN.md §4). The rule is the
 * matching library's; the database only narrows the candidates to those with the same mode on a
 * shared number. Runs inside the saving transaction, under a lock that lasts until its commit.
 */
@ApplicationScoped
public class ClashGuard {

    private final AutomationRepository automations;

    public ClashGuard(AutomationRepository automations) {
        this.automations = automations;
    }

    /** Fails with {@link KeywordClashException} when {@code candidate} clashes; a disabled one never does. */
    public Uni<Void> check(Automation candidate) {
        if (!candidate.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return automations.lockKeywords(candidate.trigger().match())
                .chain(() -> automations.enabledSharingNumbers(candidate.trigger().match(), candidate.numbers()))
                .invoke(others -> {
                    List<KeywordClash> clashes = KeywordClashes.find(
                            others.stream().map(AutomationEntity::toAutomation).toList(), candidate);
                    if (!clashes.isEmpty()) {
                        throw new KeywordClashException(candidate, clashes);
                    }
                })
                .replaceWithVoid();
    }
}
