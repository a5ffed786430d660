package io.smsauto.storm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code actions.results} from the beginning with a plain consumer (no group) and keeps, per
 * storm message, the distinct action events that have a result and when the last one arrived.
 */
final class ResultWatcher implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How notifier-service's detail of an SMS sent once more for want of a delivery receipt begins. */
    private static final String SENT_AGAIN = "sent again";

    private final StormPlan plan;
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /** Written by the watcher thread only; read after {@link #close()}. */
    final StormResults results;
    final AtomicInteger complete = new AtomicInteger();
    /** Events whose last result reports an unknown outcome, not settled yet. */
    final AtomicInteger unsettled = new AtomicInteger();

    ResultWatcher(StormPlan plan, String bootstrapServers) {
        this.plan = plan;
        this.results = new StormResults(plan);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ACTIONS_RESULTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::watch, "storm-results");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                long now = System.nanoTime();
                try {
                    JsonNode result = JSON.readTree(record.value());
                    int index = plan.index(result.path("contact").asText(null));
                    if (result.path("detail").asText("").startsWith(SENT_AGAIN)) {
                        results.sentAgain.add(result.path("eventId").asText());
                    }
                    if (results.record(index, result.path("eventId").asText(), outcome(result), now)) {
                        complete.incrementAndGet();
                    }
                    unsettled.set(results.unsettled);
                } catch (Exception e) {
                    results.unreadable++;
                }
            }
        }
    }

    /** Status and action type; the detail too unless it succeeded (a success's detail holds timings). */
    private static String outcome(JsonNode result) {
        String outcome = result.path("status").asText() + " " + result.path("actionType").asText();
        return outcome.startsWith("SUCCEEDED") ? outcome : outcome + " " + result.path("detail").asText("");
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        consumer.close();
    }

    /**
     * True when {@code later} is the success that settled a send whose outcome was unknown: a delivery
     * receipt proved it reached Vonage, or it was sent again for want of one.
     */
    static boolean settles(String earlier, String later) {
        return earlier.startsWith("FAILED") && earlier.contains("outcome-unknown") && later.startsWith("SUCCEEDED");
    }

    /** The results seen per storm message; single-threaded. */
    static final class StormResults {

        private final StormPlan plan;
        private final Map<String, String> outcomeByEvent = new HashMap<>();
        final int[] distinct;
        final long[] lastArrival;
        final Map<String, Integer> outcomes = new HashMap<>();
        int repeated;
        int conflicting;
        /** Sends whose unknown outcome was settled: a success after (or before) "outcome-unknown". */
        int settled;
        /** Events whose result reports an unknown outcome and no success settled it (yet). */
        int unsettled;
        /** The events of the SMS sent once more because no delivery receipt settled their unknown outcome. */
        final Set<String> sentAgain = new HashSet<>();
        int unexpected;
        int unreadable;

        StormResults(StormPlan plan) {
            this.plan = plan;
            this.distinct = new int[plan.messages()];
            this.lastArrival = new long[plan.messages()];
        }

        /** Returns true when this result completes its message (the last expected one arrived). */
        boolean record(int index, String eventId, String outcome, long arrival) {
            if (index < 0) {
                return false;
            }
            String before = outcomeByEvent.putIfAbsent(eventId, outcome);
            if (before != null) {
                repeated++;
                if (settles(before, outcome)) {
                    settled++;
                    unsettled--;
                    outcomeByEvent.put(eventId, outcome);
                    outcomes.merge(before, -1, Integer::sum);
                    outcomes.merge(outcome, 1, Integer::sum);
                    outcomes.values().removeIf(count -> count == 0);
                } else if (settles(outcome, before)) {
                    settled++; // the settling success came first: it stands
                } else if (!before.equals(outcome)) {
                    conflicting++;
                }
                return false;
            }
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome.contains("outcome-unknown")) {
                unsettled++;
            }
            distinct[index]++;
            lastArrival[index] = arrival;
            int expected = plan.kind(index).results;
            if (distinct[index] > expected) {
                unexpected++;
            }
            return distinct[index] == expected;
        }
    }
}
