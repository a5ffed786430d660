package io.smsauto.matching;

import static io.smsauto.matching.AutomationBuilder.automation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smsauto.events.Automation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeywordClashesTest {

    private static final String PARIS = "+33757000001";
    private static final String LYON = "+33757000002";

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("rules")
    void clashOnlyWithTheSameKeywordModeAndNumber(String rule, Automation existing, Automation candidate,
            boolean clashes) {
        assertEquals(clashes, !KeywordClashes.find(List.of(existing), candidate).isEmpty());
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("same keyword, mode, every number",
                        automation("a").exact("OUI").build(), automation("b").exact("oui").build(), true),
                Arguments.of("same normalised keyword",
                        automation("a").firstWord("Désinscription").build(),
                        automation("b").firstWord("DESINSCRIPTION !").build(), true),
                Arguments.of("shared listed number",
                        automation("a").exact("oui").on(PARIS, LYON).build(),
                        automation("b").exact("oui").on(LYON).build(), true),
                Arguments.of("one of several keywords",
                        automation("a").contains("promo", "bon plan").build(),
                        automation("b").contains("soldes", "Bon, plan").build(), true),
                Arguments.of("different numbers",
                        automation("a").exact("oui").on(PARIS).build(), automation("b").exact("oui").on(LYON).build(),
                        false),
                Arguments.of("every number and a listed number",
                        automation("a").exact("oui").build(), automation("b").exact("oui").on(PARIS).build(), false),
                Arguments.of("different modes",
                        automation("a").exact("oui").build(), automation("b").firstWord("oui").build(), false),
                Arguments.of("different keywords",
                        automation("a").exact("oui").build(), automation("b").exact("oui merci").build(), false),
                Arguments.of("existing disabled",
                        automation("a").exact("oui").disabled().build(), automation("b").exact("oui").build(), false),
                Arguments.of("candidate disabled",
                        automation("a").exact("oui").build(), automation("b").exact("oui").disabled().build(), false),
                Arguments.of("itself before the edit",
                        automation("a").exact("oui").build(), automation("a").exact("OUI", "non").build(), false));
    }

    @Test
    void reportsEachClashWithBothSpellingsAndTheSharedNumber() {
        Automation existing = automation("a").exact("OUI", "Non").on(PARIS, LYON).build();
        Automation unrelated = automation("c").exact("oui").on("+33757000003").build();
        Automation candidate = automation("b").exact("oui", "NON", "peut-être").on(LYON).build();

        List<KeywordClash> clashes = KeywordClashes.find(List.of(unrelated, existing), candidate);

        assertEquals(List.of(new KeywordClash(existing, "oui", "OUI", LYON), new KeywordClash(existing, "NON", "Non", LYON)),
                clashes);
    }

    @Test
    void everyNumberClashHasNoNumber() {
        Automation existing = automation("a").firstWord("rdv").build();

        List<KeywordClash> clashes = KeywordClashes.find(List.of(existing), automation("b").firstWord("RDV").build());

        assertEquals(List.of(new KeywordClash(existing, "RDV", "rdv", null)), clashes);
    }
}
