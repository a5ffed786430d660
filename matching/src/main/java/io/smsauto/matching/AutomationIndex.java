package io.smsauto.matching;

import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The automations that inbound messages can fire, indexed so that matching one message costs the
 * same with ten automations or a hundred thousand: candidates are kept in hash maps keyed by
 * receiving number and normalised keyword, and a message looks up only its own runs of tokens
 * (the whole message for EXACT, its first tokens for FIRST_WORD, every run for CONTAINS), for the
 * keyword lengths that exist.
 *
 * <p>Thread safety: any number of threads may {@link #match} while others {@link #put} and
 * {@link #remove}. Writers are serialised and publish a new immutable snapshot through a volatile
 * field; a match reads one snapshot, so it sees each change whole or not at all, never an
 * automation half replaced. Snapshots share everything a change does not touch
 * ({@link ShardedMap}), so one change costs microseconds whatever the size.
 */
public final class AutomationIndex {

    private volatile List<ModeIndex> snapshot = emptySnapshot();

    // guarded by this: the writers' own state
    private final Map<String, Automation> automations = new HashMap<>();
    private final Map<MatchMode, TreeMap<Integer, Integer>> candidatesByTokenCount = new EnumMap<>(MatchMode.class);

    public AutomationIndex() {
        for (MatchMode mode : MatchMode.values()) {
            candidatesByTokenCount.put(mode, new TreeMap<>());
        }
    }

    /**
     * The automation {@code text}, received on {@code receivingNumber}, fires: the most specific
     * among the enabled ones listening on that number (or on every number) whose trigger matches.
     * With a null {@code receivingNumber} only automations on every number can fire.
     */
    public Optional<Match> match(String receivingNumber, String text) {
        List<Token> tokens = TextNormalizer.tokenize(text);
        List<ModeIndex> modes = snapshot;
        for (MatchMode mode : MatchMode.values()) {
            // modes come most specific first: a match in one beats any in the next
            Found best = modes.get(mode.ordinal()).bestMatch(mode, receivingNumber, tokens);
            if (best != null) {
                return Optional.of(new Match(best.candidate.automation(), best.candidate.keyword(),
                        argsAfter(best.end, tokens, text)));
            }
        }
        return Optional.empty();
    }

    /** Adds {@code automation}, or replaces the one with its id. */
    public void put(Automation automation) {
        putAll(List.of(automation));
    }

    /** Adds or replaces each of {@code automations} in order, and publishes them together. */
    public synchronized void putAll(Collection<Automation> automations) {
        automations.forEach(automation -> Objects.requireNonNull(automation.id(), "automation id"));
        Changes changes = new Changes();
        for (Automation automation : automations) {
            changes.replace(this.automations.put(automation.id(), automation), automation);
        }
        publish(changes);
    }

    /** Removes the automation with this id, if there is one. */
    public synchronized void remove(String automationId) {
        Changes changes = new Changes();
        changes.replace(automations.remove(automationId), null);
        publish(changes);
    }

    private void publish(Changes changes) {
        List<ModeIndex> current = snapshot;
        List<ModeIndex> next = new ArrayList<>(current.size());
        for (MatchMode mode : MatchMode.values()) {
            Map<String, Candidate[]> buckets = new HashMap<>();
            changes.buckets.get(mode).forEach((key, candidates) -> buckets.put(key, candidates.isEmpty() ? null
                    : candidates.stream().sorted(Specificity.MOST_SPECIFIC_FIRST).toArray(Candidate[]::new)));
            Map<String, Integer> runs = new HashMap<>();
            changes.runs.get(mode).forEach((run, count) -> runs.put(run, count == 0 ? null : count));
            int[] tokenCounts = candidatesByTokenCount.get(mode).keySet().stream().mapToInt(Integer::intValue).toArray();
            ModeIndex published = current.get(mode.ordinal());
            next.add(new ModeIndex(published.buckets.with(buckets), published.runs.with(runs), tokenCounts));
        }
        snapshot = List.copyOf(next);
    }

    private static String argsAfter(int end, List<Token> tokens, String text) {
        return end < tokens.size() ? text.substring(tokens.get(end).start()).strip() : "";
    }

    private static List<ModeIndex> emptySnapshot() {
        List<ModeIndex> modes = new ArrayList<>();
        for (int i = 0; i < MatchMode.values().length; i++) {
            modes.add(new ModeIndex(ShardedMap.empty(), ShardedMap.empty(), new int[0]));
        }
        return List.copyOf(modes);
    }

    /**
     * The candidates of one match mode.
     *
     * @param buckets     by {@link Candidate#key}, each bucket most specific first
     * @param runs        how many candidates each normalised keyword has, on any number: most runs of
     *                    a message are no keyword at all, and this smaller map says so in one lookup
     * @param tokenCounts the distinct token counts of its keywords, the only run lengths worth looking up
     */
    private record ModeIndex(ShardedMap<String, Candidate[]> buckets, ShardedMap<String, Integer> runs,
            int[] tokenCounts) {

        /** The most specific candidate at the earliest position, or null. */
        Found bestMatch(MatchMode mode, String receivingNumber, List<Token> tokens) {
            Found best = null;
            for (int size : tokenCounts) {
                int lastStart = MatchModes.lastStart(mode, tokens.size(), size);
                for (int start = 0; start <= lastStart; start++) {
                    String run = join(tokens, start, start + size);
                    if (runs.get(run) == null) {
                        continue;
                    }
                    if (receivingNumber != null) {
                        best = better(best, buckets.get(Candidate.key(receivingNumber, run)), start + size);
                    }
                    best = better(best, buckets.get(Candidate.key(null, run)), start + size);
                }
            }
            return best;
        }

        private static Found better(Found best, Candidate[] bucket, int end) {
            if (bucket == null
                    || best != null && Specificity.MOST_SPECIFIC_FIRST.compare(bucket[0], best.candidate) >= 0) {
                return best;
            }
            return new Found(bucket[0], end);
        }

        private static String join(List<Token> tokens, int from, int to) {
            if (to - from == 1) {
                return tokens.get(from).text();
            }
            StringBuilder run = new StringBuilder(tokens.get(from).text());
            for (int i = from + 1; i < to; i++) {
                run.append(' ').append(tokens.get(i).text());
            }
            return run.toString();
        }
    }

    /** A matching candidate and the position of the first message token after it. */
    private record Found(Candidate candidate, int end) {
    }

    /**
     * The buckets and run counts one write changes, started from the current snapshot; a count of 0
     * is published as a removal. Guarded by the index's monitor.
     */
    private final class Changes {

        final Map<MatchMode, Map<String, List<Candidate>>> buckets = new EnumMap<>(MatchMode.class);
        final Map<MatchMode, Map<String, Integer>> runs = new EnumMap<>(MatchMode.class);

        Changes() {
            for (MatchMode mode : MatchMode.values()) {
                buckets.put(mode, new HashMap<>());
                runs.put(mode, new HashMap<>());
            }
        }

        /** Takes out the candidates of {@code old} and puts in those of {@code current}; either may be null. */
        void replace(Automation old, Automation current) {
            for (Candidate candidate : Candidate.of(old)) {
                bucket(candidate).removeIf(c -> c.automation().id().equals(old.id()));
                count(candidate, -1);
            }
            for (Candidate candidate : Candidate.of(current)) {
                bucket(candidate).add(candidate);
                count(candidate, +1);
            }
        }

        private List<Candidate> bucket(Candidate candidate) {
            MatchMode mode = candidate.mode();
            return buckets.get(mode).computeIfAbsent(candidate.key(), key -> {
                Candidate[] published = snapshot.get(mode.ordinal()).buckets.get(key);
                return published == null ? new ArrayList<>() : new ArrayList<>(List.of(published));
            });
        }

        private void count(Candidate candidate, int delta) {
            MatchMode mode = candidate.mode();
            Map<String, Integer> counts = runs.get(mode);
            int count = counts.computeIfAbsent(candidate.run(), run -> {
                Integer published = snapshot.get(mode.ordinal()).runs.get(run);
                return published == null ? 0 : published;
            });
            counts.put(candidate.run(), count + delta);
            candidatesByTokenCount.get(mode).merge(candidate.tokenCount(), delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
