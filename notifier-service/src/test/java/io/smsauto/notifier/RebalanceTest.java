package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The notifier's consumer group rebalances (another member joins, then leaves) while a paced burst is
 * being sent: events in flight, and a backlog larger than the connector's queue, so that its consumer is
 * paused. Every event still gets its SMS, once, and, since the rebalance is incremental and moves none of
 * send-reply's partitions, its one result. With SmallRye's key-ordered processing
 * ({@code throttled.ordered=key}) the channel stopped for good after such a rebalance, with no error.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class RebalanceTest extends NotifierFlowTest {

    /** More than the connector queues (twice max.poll.records) and the events in flight: about a minute at 30/s. */
    private static final int BURST = 2_000;

    @Test
    void aRebalanceMidBurstLosesNoSmsAndDoublesNone() {
        List<ActionRequested> burst = IntStream.range(0, BURST)
                .mapToObj(i -> Actions.reply(Actions.newNumber(), "Rebalanced " + i)).toList();
        List<String> eventIds = burst.stream().map(ActionRequested::eventId).toList();

        topics.send(burst.toArray(ActionRequested[]::new));
        await().atMost(NotifierTopics.PATIENCE).until(() -> topics.resultCount(Set.copyOf(eventIds)) >= 10);
        joinAndLeaveTheGroup();

        topics.awaitResults(eventIds, 1, Duration.ofMinutes(3));
        // a copy delivered again during the rebalance reports its send under way elsewhere (outcome unknown) at
        // once, so an event can have its result before its SMS, which waits for its turn at the pacer
        await().atMost(NotifierTopics.PATIENCE).until(() -> vonage.requestsByClientRef().keySet().containsAll(eventIds));
        Map<String, Long> requests = vonage.requestsByClientRef();
        eventIds.forEach(id -> assertEquals(1L, requests.get(id), () -> id + ": " + topics.results(id)));
        // the rebalance moved none of send-reply's partitions, so with incremental rebalancing no event of the
        // burst was delivered again (361 and 381 of 2,000 were in two runs with Kafka's default assignors)
        assertEquals(BURST, topics.resultCount(Set.copyOf(eventIds)), "results: one per event");
    }

    /** A member of the notifier's group for another of its topics: the group rebalances, twice. */
    private void joinAndLeaveTheGroup() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "notifier-service", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> member = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            member.subscribe(List.of(Topics.ACTIONS_FORWARD_TO_EMAIL));
            await().atMost(NotifierTopics.PATIENCE).until(() -> {
                member.poll(Duration.ofMillis(100));
                return !member.assignment().isEmpty();
            });
        }
    }
}
