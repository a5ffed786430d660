package io.smsauto.matching;

import io.smsauto.events.Automation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the clashes of DESIGN.md §4: two enabled automations with the same normalised keyword and
 * the same match mode that both listen on every number or share a listed number. Everything else
 * may coexist; specificity decides between them.
 */
public final class KeywordClashes {

    private KeywordClashes() {
    }

    /**
     * The clashes of {@code candidate} with {@code existing}, where an automation with the
     * candidate's id is the candidate itself (before an edit) and is skipped. A disabled candidate
     * clashes with nothing.
     */
    public static List<KeywordClash> find(Collection<Automation> existing, Automation candidate) {
        Map<String, Candidate> keywords = new HashMap<>();
        for (Candidate keyword : Candidate.of(candidate)) {
            keywords.put(keyword.key(), keyword);
        }
        if (keywords.isEmpty()) {
            return List.of();
        }
        List<KeywordClash> clashes = new ArrayList<>();
        for (Automation other : existing) {
            if (mayClash(candidate, other)) {
                for (Candidate theirs : Candidate.of(other)) {
                    Candidate ours = keywords.get(theirs.key());
                    if (ours != null) {
                        clashes.add(new KeywordClash(other, ours.keyword(), theirs.keyword(), theirs.number()));
                    }
                }
            }
        }
        return clashes;
    }

    /** Cheap checks first, so that only the few automations on the same numbers get normalised. */
    private static boolean mayClash(Automation candidate, Automation other) {
        if (Objects.equals(other.id(), candidate.id()) || !other.enabled() || other.trigger() == null
                || other.trigger().match() != candidate.trigger().match()) {
            return false;
        }
        Set<String> ours = Candidate.numbers(candidate);
        Set<String> theirs = Candidate.numbers(other);
        return ours.isEmpty() ? theirs.isEmpty() : !Collections.disjoint(ours, theirs);
    }
}
