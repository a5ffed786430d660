package io.smsauto.matching;

import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One keyword of one enabled automation on one receiving number (or on every number): what the
 * index looks up and what the clash check compares. Two candidates with the same mode and key
 * clash.
 *
 * @param key              {@link #key} of the number and the normalised keyword
 * @param run              the normalised keyword: its tokens joined by spaces
 * @param keyword          as the automation spells it
 * @param number           the receiving number; null when the automation listens on every number
 * @param tokenCount       tokens of the normalised keyword
 * @param normalizedLength characters of the normalised keyword
 */
record Candidate(String key, String run, Automation automation, String keyword, String number, int tokenCount,
        int normalizedLength) {

    MatchMode mode() {
        return automation.trigger().match();
    }

    /**
     * The candidates of {@code automation}: one per distinct normalised keyword and number (the
     * first spelling wins), none when it is disabled, has no match mode or keywords without tokens.
     */
    static List<Candidate> of(Automation automation) {
        if (automation == null || !automation.enabled() || automation.trigger() == null
                || automation.trigger().match() == null || automation.trigger().keywords() == null) {
            return List.of();
        }
        Set<String> numbers = numbers(automation);
        List<String> scopes = numbers.isEmpty() ? Collections.singletonList(null) : new ArrayList<>(numbers);
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (String keyword : automation.trigger().keywords()) {
            List<String> tokens = TextNormalizer.normalize(keyword);
            if (tokens.isEmpty()) {
                continue;
            }
            String run = String.join(" ", tokens);
            int length = run.codePointCount(0, run.length()) - (tokens.size() - 1);
            for (String number : scopes) {
                String key = key(number, run);
                byKey.putIfAbsent(key, new Candidate(key, run, automation, keyword, number, tokens.size(), length));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The receiving numbers {@code automation} listens on; empty for every number. */
    static Set<String> numbers(Automation automation) {
        return automation.numbers() == null ? Set.of() : new LinkedHashSet<>(automation.numbers());
    }

    /**
     * The lookup key of a run of normalised tokens joined by spaces, on {@code number} or, when it
     * is null, on every number. Tokens never hold a space or a NUL, so keys cannot collide.
     */
    static String key(String number, String run) {
        return number == null ? run : number + '\0' + run;
    }
}
