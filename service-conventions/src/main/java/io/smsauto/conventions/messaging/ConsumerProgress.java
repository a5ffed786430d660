package io.smsauto.conventions.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a consumer still makes progress, by the rule Burrow (LinkedIn's lag checker) calls a stall: a
 * partition has records waiting past its committed offset, and that offset has not moved for
 * {@code stallAfter}. A partition that catches up or whose offset moves starts afresh; one no longer assigned
 * is forgotten. A consumer that has not answered for {@code stallAfter} counts as stalled too: its polling
 * thread is busy with something else, or stuck. Not thread-safe on its own; its owner serialises the calls.
 */
final class ConsumerProgress {

    /** Where one assigned partition stands: the next offset to process and the partition's end. */
    record Position(TopicPartition partition, long committed, long end) {

        long waiting() {
            return Math.max(0, end - committed);
        }
    }

    /** What a check reports about one consumer that makes no progress. */
    record Stall(String consumer, String what, Duration since) {
    }

    private record Seen(Position position, Instant unchangedSince) {
    }

    private final Duration stallAfter;
    private final Map<String, Map<TopicPartition, Seen>> partitionsByConsumer = new HashMap<>();
    private final Map<String, Instant> unansweredSince = new HashMap<>();

    ConsumerProgress(Duration stallAfter) {
        this.stallAfter = stallAfter;
    }

    /** {@code consumer}'s assigned partitions as it reported them at {@code now}. */
    void answered(String consumer, List<Position> positions, Instant now) {
        unansweredSince.remove(consumer);
        Map<TopicPartition, Seen> before = partitionsByConsumer.getOrDefault(consumer, Map.of());
        Map<TopicPartition, Seen> after = new HashMap<>();
        for (Position position : positions) {
            Seen seen = before.get(position.partition());
            boolean unchanged = seen != null && seen.position().committed() == position.committed();
            if (position.waiting() > 0) {
                after.put(position.partition(), new Seen(position, unchanged ? seen.unchangedSince() : now));
            }
        }
        partitionsByConsumer.put(consumer, after);
    }

    /** {@code consumer} did not report its partitions at {@code now} (a failure, or no answer in time). */
    void unanswered(String consumer, Instant now) {
        unansweredSince.putIfAbsent(consumer, now);
    }

    /** Every consumer stalled at {@code now}, with the partition or the silence that makes it so. */
    List<Stall> stalls(Instant now) {
        List<Stall> stalls = new ArrayList<>();
        unansweredSince.forEach((consumer, since) -> {
            Duration silent = Duration.between(since, now);
            if (silent.compareTo(stallAfter) >= 0) {
                stalls.add(new Stall(consumer, "no answer from its polling thread", silent));
            }
        });
        partitionsByConsumer.forEach((consumer, partitions) -> partitions.forEach((partition, seen) -> {
            Duration unchanged = Duration.between(seen.unchangedSince(), now);
            if (unchanged.compareTo(stallAfter) >= 0) {
                Position position = seen.position();
                stalls.add(new Stall(consumer, partition + ": " + position.waiting() + " waiting past committed offset "
                        + position.committed(), unchanged));
            }
        }));
        return stalls;
    }
}
