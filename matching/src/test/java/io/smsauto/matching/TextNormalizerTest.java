package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    /** Tokens are written separated by '|'; an empty string means no token. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("texts")
    void normalizesToTokens(String text, String expected) {
        assertEquals(tokens(expected), TextNormalizer.normalize(text));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                // case and accents
                Arguments.of("OUI", "oui"),
                Arguments.of("Désinscription !", "desinscription"),
                Arguments.of("ARRÊT", "arret"),
                Arguments.of("arret.", "arret"),
                Arguments.of("e\u0301te\u0301", "ete"), // accents typed as combining marks
                Arguments.of("Straße", "strasse"),
                Arguments.of("STRAẞE", "strasse"),
                Arguments.of("ΟΔΟΣ οδος", "οδοσ|οδοσ"),
                Arguments.of("ᾼ ᾳ", "α|α"),
                // Turkish: dotless and dotted i both fold to i, without locale rules
                Arguments.of("ıi İI", "ii|ii"),
                // compatibility forms
                Arguments.of("ｏｕｉ", "oui"),
                Arguments.of("ﬁn", "fin"),
                Arguments.of("℡", "tel"),
                Arguments.of("x²", "x2"),
                Arguments.of("①", "1"),
                Arguments.of("20℃", "20|°|c"),
                // apostrophes
                Arguments.of("aujourd’hui", "aujourd'hui"),
                Arguments.of("aujourdʼhui aujourd‘hui aujourd′hui aujourd`hui aujourd´hui",
                        "aujourd'hui|aujourd'hui|aujourd'hui|aujourd'hui|aujourd'hui"),
                Arguments.of("'oui'", "oui"),
                Arguments.of("‘oui’ merci", "oui|merci"),
                Arguments.of("les gens' l'été", "les|gens|l'ete"),
                Arguments.of("''", ""),
                // words, symbols, separators
                Arguments.of("rdv2 demain_10h", "rdv2|demain_10h"),
                Arguments.of("join-now", "join|now"),
                Arguments.of("  RDV  demain, 10h.  ", "rdv|demain|10h"),
                Arguments.of("«oui» (non) [peut-être]", "oui|non|peut|etre"),
                Arguments.of("5€ +1 #promo @shop", "5|€|+|1|promo|shop"),
                Arguments.of("tab\tand\nnewline", "tab|and|newline"),
                Arguments.of("soft\u00ADhyphen", "softhyphen"),
                // emoji
                Arguments.of("👍", "👍"),
                Arguments.of("👍🏽", "👍"),
                Arguments.of("👍👍", "👍|👍"),
                Arguments.of("ok👍merci", "ok|👍|merci"),
                Arguments.of("❤️ ❤", "❤|❤"),
                Arguments.of("👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧"),
                Arguments.of("👩🏽\u200D💻", "👩\u200D💻"),
                Arguments.of("❤️\u200D🔥", "❤\u200D🔥"),
                Arguments.of("👍\u200D", "👍"),
                Arguments.of("a\u200Db", "ab"),
                Arguments.of("🇫🇷", "🇫|🇷"),
                Arguments.of("1️⃣", "1"),
                Arguments.of("🫠", "🫠"), // newer than the JDK's Unicode tables: still a symbol
                // nothing
                Arguments.of("", ""),
                Arguments.of("   ", ""),
                Arguments.of("?!...", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Désinscription !", "Straße ﬁn", "‘oui’", "👩🏽\u200D💻 ok", "ᾳ ℡ ½", "İı"})
    void normalizingTwiceChangesNothing(String text) {
        List<String> once = TextNormalizer.normalize(text);

        assertEquals(once, TextNormalizer.normalize(String.join(" ", once)));
    }

    @Test
    void tokensKnowWhereTheyStartInTheOriginalText() {
        List<Token> tokens = TextNormalizer.tokenize("  ﬁn, 'oui' 👍🏽 ok");

        assertEquals(List.of(new Token("fin", 2), new Token("oui", 7), new Token("👍", 12), new Token("ok", 17)),
                tokens);
    }

    private static List<String> tokens(String expected) {
        return expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|"));
    }
}
