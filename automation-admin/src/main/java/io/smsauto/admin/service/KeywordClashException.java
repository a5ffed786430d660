package io.smsauto.admin.service;

import io.smsauto.events.Automation;
import io.smsauto.matching.KeywordClash;
import java.util.List;

/** An automation would share a keyword, match mode and number with an enabled one: a 409 naming it. */
public class KeywordClashException extends RuntimeException {

    private final transient Automation candidate;
    private final transient List<KeywordClash> clashes;

    public KeywordClashException(Automation candidate, List<KeywordClash> clashes) {
        super(clashes.size() + " keyword clash(es)");
        this.candidate = candidate;
        this.clashes = List.copyOf(clashes);
    }

    public Automation candidate() {
        return candidate;
    }

    public List<KeywordClash> clashes() {
        return clashes;
    }
}
