package io.smsauto.matching;

import io.smsauto.events.MatchMode;
import java.util.List;

/**
 * Where a keyword must sit among a message's tokens in each match mode: {@code EXACT} the whole
 * message, {@code FIRST_WORD} its first tokens, {@code CONTAINS} any contiguous run. A keyword
 * without tokens, or an empty message, never matches.
 */
public final class MatchModes {

    private MatchModes() {
    }

    /** Whether {@code text} holds {@code keyword} as {@code mode} requires, after normalisation. */
    public static boolean matches(MatchMode mode, String keyword, String text) {
        List<String> keywordTokens = TextNormalizer.normalize(keyword);
        List<String> messageTokens = TextNormalizer.normalize(text);
        int size = keywordTokens.size();
        for (int start = 0; start <= lastStart(mode, messageTokens.size(), size); start++) {
            if (messageTokens.subList(start, start + size).equals(keywordTokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyword of {@code keywordSize} tokens may start at the message's tokens {@code 0..lastStart}
     * (the positions always form such a range); -1 when it cannot match at all.
     */
    static int lastStart(MatchMode mode, int messageSize, int keywordSize) {
        if (keywordSize == 0 || keywordSize > messageSize) {
            return -1;
        }
        return switch (mode) {
            case EXACT -> keywordSize == messageSize ? 0 : -1;
            case FIRST_WORD -> 0;
            case CONTAINS -> messageSize - keywordSize;
        };
    }
}
