package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smsauto.events.MatchMode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatchModesTest {

    @ParameterizedTest(name = "{0} \"{1}\" in \"{2}\": {3}")
    @MethodSource("cases")
    void matches(MatchMode mode, String keyword, String text, boolean expected) {
        assertEquals(expected, MatchModes.matches(mode, keyword, text));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(MatchMode.EXACT, "rdv demain", "RDV, demain !", true),
                Arguments.of(MatchMode.EXACT, "rdv demain", "rdv demain 10h", false),
                Arguments.of(MatchMode.EXACT, "rdv demain", "rdv", false),
                Arguments.of(MatchMode.FIRST_WORD, "rdv demain", "rdv demain 10h", true),
                Arguments.of(MatchMode.FIRST_WORD, "rdv demain", "rdv", false),
                Arguments.of(MatchMode.FIRST_WORD, "rdv demain", "ok rdv demain", false),
                Arguments.of(MatchMode.CONTAINS, "rdv demain", "ok rdv demain", true),
                Arguments.of(MatchMode.CONTAINS, "rdv demain", "ok rdv, demain ?", true),
                Arguments.of(MatchMode.CONTAINS, "rdv demain", "rdv ok demain", false),
                Arguments.of(MatchMode.CONTAINS, "stop", "please stop texting me", true),
                Arguments.of(MatchMode.CONTAINS, "STOP", "stopper", false),
                Arguments.of(MatchMode.EXACT, "Désinscription", "desinscription.", true),
                Arguments.of(MatchMode.FIRST_WORD, "arrêt", "Arret svp", true),
                Arguments.of(MatchMode.FIRST_WORD, "👍", "👍🏻 merci", true),
                Arguments.of(MatchMode.CONTAINS, "❤️", "je ❤ ce produit", true),
                Arguments.of(MatchMode.CONTAINS, "🇫🇷", "allez 🇫🇷 !", true),
                // a keyword without tokens, or an empty message, never matches
                Arguments.of(MatchMode.EXACT, "!!!", "!!!", false),
                Arguments.of(MatchMode.CONTAINS, "", "anything", false),
                Arguments.of(MatchMode.CONTAINS, "?", "?", false),
                Arguments.of(MatchMode.FIRST_WORD, "oui", "", false),
                Arguments.of(MatchMode.FIRST_WORD, "oui", null, false),
                Arguments.of(MatchMode.EXACT, "oui", "   ", false));
    }
}
