package io.smsauto.matching.bench;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Trigger;
import io.smsauto.matching.AutomationIndex;
import io.smsauto.matching.Match;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to match one inbound message, and to replace one automation, with 10, 1,000 and 100,000
 * automations: it should not grow with their number. Run with {@code matching/bench.sh}.
 *
 * <p>The automations mix the three modes, one to three keywords each (common French and English
 * words, phrases, unique codes, emoji), mostly on one or two of {@code n/20} receiving numbers
 * (tenants), a few on every number. Every size holds keywords of one, two and three tokens in
 * every mode, so that each message does the same lookups whatever the size. The messages, short
 * and long, hit and miss, cycle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AutomationIndexBenchmark {

    private static final List<String> WORDS = List.of("oui", "non", "yes", "no", "rdv", "promo", "vip", "join",
            "confirm", "confirmer", "annuler", "cancel-order", "soldes", "menu", "horaires", "prix", "tarif", "carte",
            "livraison", "commande", "retour", "avis", "jeu", "concours", "gagner", "merci", "bonjour", "hello",
            "rappel", "réserver", "book", "table", "pizza", "café", "été", "noël", "offre", "deal", "code",
            "inscription", "club", "news", "alerte", "météo", "trafic", "vote", "sondage", "quiz", "go", "ok");
    private static final List<String> PHRASES = List.of("bon plan", "rdv demain", "code promo", "black friday",
            "carte cadeau", "happy hour", "ventes privées", "je confirme", "pas maintenant", "plus tard svp");
    private static final List<String> EMOJI = List.of("👍", "❤️", "🎉", "🍕", "✅");
    private static final List<String> MESSAGES = List.of(
            "Oui", "oui merci", "NON", "RDV demain 10h", "rdv demain à 10h, merci !", "je veux la promo", "Bon plan ?",
            "👍", "👍🏽 super", "CODE123 svp", "code promo ÉTÉ", "Je confirme ma réservation pour samedi soir",
            "Bonjour, je voudrais des informations sur vos horaires d'ouverture s'il vous plaît",
            "quelle heure ?", "xyz", "Est-ce que la livraison est gratuite pour une commande de plus de 50 euros ?",
            "happy hour ce soir ? 🍕", "Merci beaucoup pour votre aide, très bon service, à bientôt !",
            "vote 3", "annuler", "pas maintenant", "Hello, I'd like to book a table for four tonight at 8pm",
            "club vip", "ok ✅");

    @Param({"10", "1000", "100000"})
    int automations;

    private AutomationIndex index;
    private String[] receivingNumbers;
    private String[] texts;
    private Automation[] replacements;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(7);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, automations / 20); i++) {
            numbers.add("+3375" + String.format("%07d", i));
        }
        List<Automation> all = new ArrayList<>();
        for (int i = 0; i < automations; i++) {
            all.add(automation(i, random, numbers));
        }
        index = new AutomationIndex();
        index.putAll(all);

        int count = 1024;
        receivingNumbers = new String[count];
        texts = new String[count];
        replacements = new Automation[count];
        for (int i = 0; i < count; i++) {
            receivingNumbers[i] = numbers.get(random.nextInt(numbers.size()));
            texts[i] = MESSAGES.get(random.nextInt(MESSAGES.size()));
            replacements[i] = automation(random.nextInt(automations), random, numbers);
        }
    }

    @Benchmark
    public Optional<Match> matchOneMessage() {
        int i = next++ & (texts.length - 1);
        return index.match(receivingNumbers[i], texts[i]);
    }

    @Benchmark
    public void replaceOneAutomation() {
        index.put(replacements[next++ & (replacements.length - 1)]);
    }

    private static Automation automation(int id, Random random, List<String> numbers) {
        MatchMode mode;
        List<String> keywords = new ArrayList<>();
        if (id < 9) {
            // every size has keywords of 1, 2 and 3 tokens in every mode
            mode = MatchMode.values()[id % 3];
            keywords.add(String.join(" ", WORDS.subList(id, id + 1 + id / 3)));
        } else {
            int roll = random.nextInt(100);
            mode = roll < 35 ? MatchMode.EXACT : roll < 80 ? MatchMode.FIRST_WORD : MatchMode.CONTAINS;
            for (int k = 0; k <= random.nextInt(3); k++) {
                keywords.add(keyword(id, random));
            }
        }
        List<String> listening = new ArrayList<>();
        int scope = random.nextInt(100);
        if (scope >= 2) {
            listening.add(numbers.get(random.nextInt(numbers.size())));
        }
        if (scope >= 90) {
            listening.add(numbers.get(random.nextInt(numbers.size())));
        }
        Instant created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(50_000_000));
        return new Automation("automation-" + id, "Automation " + id, true, listening, new Trigger(keywords, mode),
                List.of(ActionSpec.reply("action-" + id, "Reply", "Merci {{from}}")), created, created);
    }

    private static String keyword(int id, Random random) {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return WORDS.get(random.nextInt(WORDS.size()));
        } else if (roll < 85) {
            return PHRASES.get(random.nextInt(PHRASES.size()));
        } else if (roll < 95) {
            return "CODE" + id;
        }
        return EMOJI.get(random.nextInt(EMOJI.size()));
    }
}
