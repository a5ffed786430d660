package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.events.BuiltinKeyword;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinKeywordsTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("defaults")
    void defaultLists(String text, BuiltinKeyword expected) {
        assertEquals(Optional.ofNullable(expected), BuiltinKeywords.defaults().match(text));
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of("Stop.", BuiltinKeyword.OPT_OUT),
                Arguments.of("  STOP  ", BuiltinKeyword.OPT_OUT),
                Arguments.of("'stop'", BuiltinKeyword.OPT_OUT),
                Arguments.of("ＳＴＯＰ", BuiltinKeyword.OPT_OUT),
                Arguments.of("StopAll", BuiltinKeyword.OPT_OUT),
                Arguments.of("Arrêt !", BuiltinKeyword.OPT_OUT),
                Arguments.of("arret.", BuiltinKeyword.OPT_OUT),
                Arguments.of("Désinscription !", BuiltinKeyword.OPT_OUT),
                Arguments.of("quit", BuiltinKeyword.OPT_OUT),
                Arguments.of("Start", BuiltinKeyword.OPT_IN),
                Arguments.of("UNSTOP!", BuiltinKeyword.OPT_IN),
                Arguments.of("Help?", BuiltinKeyword.HELP),
                Arguments.of("info", BuiltinKeyword.HELP),
                Arguments.of("aide !", BuiltinKeyword.HELP),
                Arguments.of("please stop texting me", null),
                Arguments.of("stop stop", null),
                Arguments.of("stopper", null),
                Arguments.of("non stop", null),
                Arguments.of("stop 👍", null),
                Arguments.of("yes", null),
                Arguments.of("help me", null),
                Arguments.of("", null),
                Arguments.of(null, null));
    }

    @Test
    void listsAreConfigurable() {
        BuiltinKeywords builtins = new BuiltinKeywords(List.of("STOP", "halt now"), List.of("YES"), List.of("❓"));

        assertEquals(Optional.of(BuiltinKeyword.OPT_OUT), builtins.match("Halt, now!"));
        assertEquals(Optional.of(BuiltinKeyword.OPT_IN), builtins.match("yes"));
        assertEquals(Optional.of(BuiltinKeyword.HELP), builtins.match("❓"));
        assertEquals(Optional.empty(), builtins.match("unsubscribe"));
        assertEquals(Optional.empty(), builtins.match("help"));
    }

    @Test
    void aKeywordInTwoListsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new BuiltinKeywords(List.of("ARRET"), List.of("arrêt"), List.of()));
    }

    @Test
    void aKeywordWithoutWordsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BuiltinKeywords(List.of("!"), List.of(), List.of()));
    }
}
