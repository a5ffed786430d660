package io.smsauto.matching;

import static io.smsauto.matching.AutomationBuilder.automation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AutomationIndexTest {

    private static final String PARIS = "+33757000001";
    private static final String LYON = "+33757000002";

    private final AutomationIndex index = new AutomationIndex();

    @ParameterizedTest(name = "{0}")
    @MethodSource("specificity")
    void mostSpecificAutomationWins(String rule, List<Automation> automations, String text, String winner) {
        index.putAll(automations);

        assertEquals(Optional.of(winner), firedOn(PARIS, text));
    }

    static Stream<Arguments> specificity() {
        Automation exact = automation("exact").exact("oui").build();
        Automation firstWord = automation("first-word").firstWord("oui").build();
        Automation contains = automation("contains").contains("oui").build();
        Automation everyNumber = automation("every-number").exact("oui").createdAt("2020-01-01T00:00:00Z").build();
        Automation paris = automation("paris").exact("oui").on(LYON, PARIS).build();
        Automation rdv = automation("rdv").firstWord("rdv").build();
        Automation rdvDemain = automation("rdv-demain").firstWord("rdv demain").createdAt("2030-01-01T00:00:00Z").build();
        Automation shortWord = automation("short").contains("ok").build();
        Automation longWord = automation("long").contains("promo").build();
        Automation older = automation("older").firstWord("oui").createdAt("2024-06-01T00:00:00Z").build();
        Automation newer = automation("newer").firstWord("oui").createdAt("2024-06-02T00:00:00Z").build();
        Automation idA = automation("a").contains("oui").build();
        Automation idB = automation("b").contains("oui").build();
        Automation parisRdv = automation("paris-rdv").firstWord("rdv").on(PARIS).build();
        Automation everyExact = automation("every-exact").exact("rdv demain").build();
        Automation parisFirstWord = automation("paris-first-word").firstWord("rdv demain").on(PARIS).build();
        return Stream.of(
                Arguments.of("EXACT over FIRST_WORD over CONTAINS", List.of(contains, firstWord, exact), "Oui", "exact"),
                Arguments.of("FIRST_WORD over CONTAINS", List.of(contains, firstWord, exact), "oui merci", "first-word"),
                Arguments.of("CONTAINS when nothing else matches", List.of(contains, firstWord, exact), "ben oui", "contains"),
                Arguments.of("mode over number", List.of(parisFirstWord, everyExact), "rdv demain", "every-exact"),
                Arguments.of("specific number over every number", List.of(everyNumber, paris), "oui", "paris"),
                Arguments.of("number over keyword length", List.of(rdvDemain, parisRdv), "rdv demain", "paris-rdv"),
                Arguments.of("more tokens", List.of(rdv, rdvDemain), "rdv demain 10h", "rdv-demain"),
                Arguments.of("more characters", List.of(shortWord, longWord), "ok promo", "long"),
                Arguments.of("older automation", List.of(newer, older), "oui !", "older"),
                Arguments.of("smaller id when created together", List.of(idB, idA), "ah oui", "a"));
    }

    @Test
    void automationOnListedNumbersFiresOnlyThere() {
        index.put(automation("paris").exact("oui").on(PARIS).build());

        assertEquals(Optional.of("paris"), firedOn(PARIS, "oui"));
        assertEquals(Optional.empty(), firedOn(LYON, "oui"));
        assertEquals(Optional.empty(), firedOn(null, "oui"));
    }

    @Test
    void automationOnEveryNumberFiresEverywhere() {
        index.put(automation("everywhere").exact("oui").build());

        assertEquals(Optional.of("everywhere"), firedOn(PARIS, "oui"));
        assertEquals(Optional.of("everywhere"), firedOn(LYON, "oui"));
        assertEquals(Optional.of("everywhere"), firedOn(null, "oui"));
    }

    @Test
    void disabledAutomationNeverFires() {
        index.put(automation("off").exact("oui").disabled().build());

        assertEquals(Optional.empty(), firedOn(PARIS, "oui"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" in \"{2}\" → keyword \"{3}\", args \"{4}\"")
    @MethodSource("keywordsAndArgs")
    void matchTellsTheKeywordAsSpelledAndTheTextAfterIt(MatchMode mode, String keywords, String text,
            String keyword, String args) {
        index.put(automation("a").keywords(mode, keywords.split(",")).build());

        Match match = index.match(PARIS, text).orElseThrow();

        assertEquals(keyword, match.keyword());
        assertEquals(args, match.args());
    }

    static Stream<Arguments> keywordsAndArgs() {
        return Stream.of(
                Arguments.of(MatchMode.EXACT, "OUI,Yes", "yes!", "Yes", ""),
                Arguments.of(MatchMode.EXACT, "désinscription", "Désinscription !", "désinscription", ""),
                Arguments.of(MatchMode.FIRST_WORD, "RDV", "rdv demain 10h", "RDV", "demain 10h"),
                Arguments.of(MatchMode.FIRST_WORD, "RDV", "RDV: demain, 10h.  ", "RDV", "demain, 10h."),
                Arguments.of(MatchMode.FIRST_WORD, "rdv demain", "RDV  demain, 10h", "rdv demain", "10h"),
                Arguments.of(MatchMode.FIRST_WORD, "JOIN", "join-now", "JOIN", "now"),
                Arguments.of(MatchMode.FIRST_WORD, "JOIN", "Join.", "JOIN", ""),
                Arguments.of(MatchMode.FIRST_WORD, "👍", "👍🏽 Merci !", "👍", "Merci !"),
                Arguments.of(MatchMode.FIRST_WORD, "ARRÊT", "arret de bus", "ARRÊT", "de bus"),
                Arguments.of(MatchMode.CONTAINS, "promo", "je veux la PROMO, merci", "promo", "merci"),
                Arguments.of(MatchMode.CONTAINS, "promo", "promo et promo 2", "promo", "et promo 2"),
                Arguments.of(MatchMode.CONTAINS, "bon plan", "un Bon  Plan ?", "bon plan", ""),
                Arguments.of(MatchMode.CONTAINS, "help,info", "info and help", "info", "and help"));
    }

    @Test
    void putReplacesTheAutomationWithTheSameId() {
        index.put(automation("a").exact("oui").build());
        index.put(automation("a").firstWord("rdv").on(PARIS).build());

        assertEquals(Optional.empty(), firedOn(PARIS, "oui"));
        assertEquals(Optional.of("a"), firedOn(PARIS, "rdv demain"));
        assertEquals(Optional.empty(), firedOn(LYON, "rdv demain"));
    }

    @Test
    void disablingAnAutomationTakesItOut() {
        index.put(automation("a").exact("oui").build());
        index.put(automation("a").exact("oui").disabled().build());

        assertEquals(Optional.empty(), firedOn(PARIS, "oui"));
    }

    @Test
    void removeTakesTheAutomationOutAndLeavesTheOthers() {
        index.putAll(List.of(automation("a").exact("oui").build(),
                automation("b").exact("oui").createdAt("2030-01-01T00:00:00Z").build()));

        index.remove("a");
        index.remove("unknown");

        assertEquals(Optional.of("b"), firedOn(PARIS, "oui"));
        index.remove("b");
        assertEquals(Optional.empty(), firedOn(PARIS, "oui"));
    }

    @Test
    void removedLongKeywordNoLongerCosts() {
        index.put(automation("long").contains("un deux trois quatre cinq").build());
        index.put(automation("short").contains("deux").build());
        index.remove("long");

        assertEquals(Optional.of("short"), firedOn(PARIS, "un deux trois quatre cinq"));
    }

    @Test
    void putAllWithTwoVersionsOfOneAutomationKeepsTheLast() {
        index.putAll(List.of(automation("a").exact("oui").build(), automation("a").exact("non").build()));

        assertEquals(Optional.empty(), firedOn(PARIS, "oui"));
        assertEquals(Optional.of("a"), firedOn(PARIS, "non"));
    }

    @Test
    void resultDoesNotDependOnLoadOrder() {
        List<Automation> automations = randomAutomations(new Random(42), 400);
        List<String> messages = List.of("oui", "oui merci", "ok oui", "rdv demain", "rdv demain 10h", "promo",
                "la promo bon plan", "stop", "👍", "👍 rdv", "non", "bon plan oui", "info rdv promo");
        AutomationIndex reference = new AutomationIndex();
        automations.forEach(reference::put);

        for (long seed = 1; seed <= 5; seed++) {
            List<Automation> shuffled = new ArrayList<>(automations);
            Collections.shuffle(shuffled, new Random(seed));
            AutomationIndex bulk = new AutomationIndex();
            bulk.putAll(shuffled);
            for (String number : List.of(PARIS, LYON, "+33757000003")) {
                for (String message : messages) {
                    assertEquals(reference.match(number, message), bulk.match(number, message),
                            "seed " + seed + ", " + number + ": " + message);
                }
            }
        }
    }

    @Test
    void readersNeverSeeAnAutomationHalfReplaced() throws Exception {
        index.put(automation("a").exact("oui", "non").build());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                readers.add(threads.submit(() -> {
                    int misses = 0;
                    while (writing.get()) {
                        misses += index.match(PARIS, "oui").isPresent() ? 0 : 1;
                    }
                    return misses;
                }));
            }
            threads.submit(() -> {
                for (int i = 0; i < 5_000; i++) {
                    index.put(automation("a").exact("oui", i % 2 == 0 ? "merci" : "non").build());
                }
                writing.set(false);
            }).get(30, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertEquals(0, reader.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void manyAutomationsOnTheirOwnNumbersWithTheSameKeyword() {
        List<Automation> automations = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            automations.add(automation("a" + i).exact("oui").on(number(i)).build());
        }
        index.putAll(automations);

        assertEquals(Optional.of("a4321"), firedOn(number(4321), "oui"));
        assertTrue(firedOn("+44000000000", "oui").isEmpty());
    }

    private Optional<String> firedOn(String number, String text) {
        return index.match(number, text).map(match -> match.automation().id());
    }

    private static String number(int i) {
        return "+3375" + String.format("%07d", i);
    }

    private static List<Automation> randomAutomations(Random random, int count) {
        List<String> keywords = List.of("oui", "non", "rdv", "rdv demain", "promo", "bon plan", "👍", "info", "OUI",
                "Rdv");
        List<String> numbers = List.of(PARIS, LYON, "+33757000003");
        List<Automation> automations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AutomationBuilder builder = automation("id" + i)
                    .keywords(MatchMode.values()[random.nextInt(3)], keywords.get(random.nextInt(keywords.size())),
                            keywords.get(random.nextInt(keywords.size())))
                    .createdAt("2025-01-0" + (1 + random.nextInt(3)) + "T00:00:00Z");
            if (random.nextBoolean()) {
                builder.on(numbers.get(random.nextInt(numbers.size())));
            }
            if (random.nextInt(10) == 0) {
                builder.disabled();
            }
            automations.add(builder.build());
        }
        return automations;
    }
}
