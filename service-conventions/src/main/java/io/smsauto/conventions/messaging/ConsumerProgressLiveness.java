package io.smsauto.conventions.messaging;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness fails when a SmallRye Kafka consumer of this service stops making progress (see
 * {@link ConsumerProgress}): records wait on one of its partitions and its committed offset has not moved for
 * {@code consumers.stall-after}, or its polling thread has not answered for as long, while every readiness
 * check is up. Kubernetes then restarts the service, which resumes from the committed offsets. While a readiness
 * check is down (the database or the broker away), a stall is what waiting for it looks like, and no restart
 * would help: liveness stays up and names what the consumers wait for. This stands in for the throttled commit
 * strategy's own check, which {@code throttled.unprocessed-record-max-age.ms=0} turns off so that a consumer may
 * wait out an outage however long. Each probe asks every consumer, on its polling thread, for its assignment,
 * committed offsets and end offsets. {@code stall-after} must be well above the time between commits
 * ({@code auto.commit.interval.ms}, 5 s): a record processed but not committed yet counts as waiting.
 */
@Liveness
@ApplicationScoped
public class ConsumerProgressLiveness implements AsyncHealthCheck {

    private static final String NAME = "Kafka consumers progress";
    /**
     * A probe (3 s timeout in Kubernetes) waits this long for the consumers' answers, then this long for readiness.
     * A question waits on the polling thread for the poll under way (SmallRye's {@code poll-timeout}, 1 s); a slow
     * answer counts as none, which only stalls after stall-after.
     */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(1);
    /** For each of the broker's answers to a question, on the polling thread. */
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(2);

    private final KafkaClientService clients;
    private final SmallRyeHealthReporter health;
    private final ConsumerProgress progress;
    private final Map<String, Uni<Void>> openQuestions = new ConcurrentHashMap<>();

    @Inject
    public ConsumerProgressLiveness(KafkaClientService clients, SmallRyeHealthReporter health,
            @ConfigProperty(name = "consumers.stall-after", defaultValue = "10m") Duration stallAfter) {
        this.clients = clients;
        this.health = health;
        this.progress = new ConsumerProgress(stallAfter);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Void>> questions = new ArrayList<>();
        for (String channel : clients.getConsumerChannels()) {
            List<KafkaConsumer<Object, Object>> consumers = clients.getConsumers(channel);
            for (KafkaConsumer<Object, Object> consumer : consumers) {
                questions.add(ask(label(channel, consumer), consumer));
            }
        }
        if (questions.isEmpty()) {
            return verdict(List.of());
        }
        return Uni.join().all(questions).andFailFast().map(answered -> stalls()).flatMap(this::verdict);
    }

    private static String label(String channel, KafkaConsumer<?, ?> consumer) {
        Object clientId = consumer.configuration().get("client.id");
        return clientId == null ? channel : channel + " (" + clientId + ")";
    }

    /**
     * Asks {@code consumer} where its partitions stand, or joins the question still open from an earlier probe
     * (never two queued behind each other); an answer counts whenever it comes, a probe waits for it only so long.
     */
    private Uni<Void> ask(String consumer, KafkaConsumer<Object, Object> client) {
        boolean fromEarliest = "earliest".equals(client.configuration().get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG));
        Function<Consumer<Object, Object>, List<ConsumerProgress.Position>> where = kafka -> positions(kafka, fromEarliest);
        Uni<Void> question = openQuestions.computeIfAbsent(consumer, c -> client.runOnPollingThread(where)
                .invoke(positions -> answered(c, positions))
                .onTermination().invoke(() -> openQuestions.remove(c))
                .replaceWithVoid().memoize().indefinitely());
        question.subscribe().with(ignored -> { }, failure -> { });
        return question.ifNoItem().after(ANSWER_TIMEOUT).fail()
                .onFailure().invoke(() -> unanswered(consumer))
                .onFailure().recoverWithNull();
    }

    /**
     * Where each assigned partition stands. A partition its group never committed is measured from its start when
     * the consumer reads from the earliest offset (all of it is to be processed), and left out otherwise.
     */
    private static List<ConsumerProgress.Position> positions(Consumer<Object, Object> consumer, boolean fromEarliest) {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned, BROKER_TIMEOUT);
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, BROKER_TIMEOUT);
        Set<TopicPartition> neverCommitted = assigned.stream().filter(partition -> committed.get(partition) == null)
                .collect(Collectors.toSet());
        Map<TopicPartition, Long> starts = fromEarliest && !neverCommitted.isEmpty()
                ? consumer.beginningOffsets(neverCommitted, BROKER_TIMEOUT) : Map.of();
        List<ConsumerProgress.Position> positions = new ArrayList<>(assigned.size());
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata offset = committed.get(partition);
            Long next = offset != null ? Long.valueOf(offset.offset()) : starts.get(partition);
            if (next != null) {
                positions.add(new ConsumerProgress.Position(partition, next, ends.get(partition)));
            }
        }
        return positions;
    }

    private synchronized void answered(String consumer, List<ConsumerProgress.Position> positions) {
        progress.answered(consumer, positions, Instant.now());
    }

    private synchronized void unanswered(String consumer) {
        progress.unanswered(consumer, Instant.now());
    }

    private synchronized List<ConsumerProgress.Stall> stalls() {
        return progress.stalls(Instant.now());
    }

    /** Stalled consumers fail liveness only while every readiness check is up: else they wait for that, as they should. */
    private Uni<HealthCheckResponse> verdict(List<ConsumerProgress.Stall> stalls) {
        if (stalls.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.up(NAME));
        }
        return health.getReadinessAsync().map(ConsumerProgressLiveness::downChecks)
                .ifNoItem().after(READINESS_TIMEOUT).recoverWithItem(List.of("readiness checks (no answer in time)"))
                .map(waitingFor -> stalled(stalls, waitingFor));
    }

    private static HealthCheckResponse stalled(List<ConsumerProgress.Stall> stalls, List<String> waitingFor) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(!waitingFor.isEmpty());
        for (ConsumerProgress.Stall stall : stalls) {
            response.withData(stall.consumer(), stall.what() + ", no progress for " + stall.since().toSeconds() + " s");
        }
        if (!waitingFor.isEmpty()) {
            response.withData("waiting for", String.join(", ", waitingFor));
        }
        return response.build();
    }

    private static List<String> downChecks(SmallRyeHealth readiness) {
        return readiness.getPayload().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "DOWN".equals(check.getString("status"))).map(check -> check.getString("name")).toList();
    }
}
