package io.smsauto.matching;

import java.time.Instant;
import java.util.Comparator;

/**
 * Which of several matching candidates wins (DESIGN.md §4), most specific first: EXACT over
 * FIRST_WORD over CONTAINS, then a specific receiving number over every number, then the longer
 * keyword (more tokens, then more characters), then the older automation, then the smaller id so
 * that the order is total and never depends on load order.
 */
final class Specificity {

    static final Comparator<Candidate> MOST_SPECIFIC_FIRST = Specificity::compare;

    private static final Comparator<Instant> OLDER_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    private Specificity() {
    }

    private static int compare(Candidate a, Candidate b) {
        int byMode = a.mode().compareTo(b.mode());
        if (byMode != 0) {
            return byMode;
        }
        int byNumber = Boolean.compare(b.number() != null, a.number() != null);
        if (byNumber != 0) {
            return byNumber;
        }
        int byTokens = Integer.compare(b.tokenCount(), a.tokenCount());
        if (byTokens != 0) {
            return byTokens;
        }
        int byLength = Integer.compare(b.normalizedLength(), a.normalizedLength());
        if (byLength != 0) {
            return byLength;
        }
        int byAge = OLDER_FIRST.compare(a.automation().createdAt(), b.automation().createdAt());
        if (byAge != 0) {
            return byAge;
        }
        return a.automation().id().compareTo(b.automation().id());
    }
}
