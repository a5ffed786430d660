package io.smsauto.matching;

import io.smsauto.events.BuiltinKeyword;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keywords the system answers itself, before any automation (DESIGN.md §4). A message is one
 * only when, normalised, it is nothing but that keyword: {@code Stop.} is, {@code please stop
 * texting me} and {@code stopper} are not.
 */
public final class BuiltinKeywords {

    public static final List<String> DEFAULT_OPT_OUT = List.of("STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT",
            "CANCEL", "OPTOUT", "REVOKE", "ARRET", "ARRÊT", "DESINSCRIPTION");
    /** {@code YES} is left to automations: it is a common confirmation keyword. */
    public static final List<String> DEFAULT_OPT_IN = List.of("START", "UNSTOP");
    public static final List<String> DEFAULT_HELP = List.of("HELP", "INFO", "AIDE");

    private final Map<List<String>, BuiltinKeyword> byTokens = new HashMap<>();

    /**
     * @throws IllegalArgumentException if a keyword has no word or symbol, or is in two lists
     *                                  (after normalisation)
     */
    public BuiltinKeywords(List<String> optOut, List<String> optIn, List<String> help) {
        add(optOut, BuiltinKeyword.OPT_OUT);
        add(optIn, BuiltinKeyword.OPT_IN);
        add(help, BuiltinKeyword.HELP);
    }

    public static BuiltinKeywords defaults() {
        return new BuiltinKeywords(DEFAULT_OPT_OUT, DEFAULT_OPT_IN, DEFAULT_HELP);
    }

    /** The built-in keyword that the whole of {@code text} is, if it is one. */
    public Optional<BuiltinKeyword> match(String text) {
        return Optional.ofNullable(byTokens.get(TextNormalizer.normalize(text)));
    }

    private void add(List<String> keywords, BuiltinKeyword kind) {
        for (String keyword : keywords) {
            List<String> tokens = TextNormalizer.normalize(keyword);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("Built-in keyword '" + keyword + "' has no word or symbol");
            }
            BuiltinKeyword previous = byTokens.putIfAbsent(tokens, kind);
            if (previous != null && previous != kind) {
                throw new IllegalArgumentException(
                        "Built-in keyword '" + keyword + "' is both " + previous + " and " + kind);
            }
        }
    }
}
