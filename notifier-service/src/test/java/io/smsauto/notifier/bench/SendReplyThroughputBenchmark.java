package io.smsauto.notifier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.messages.TextMessage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.EventJson;
import io.smsauto.events.Topics;
import io.smsauto.infra.CpuByThread;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Sends per second of the notifier against the same Vonage SDK calls made from a plain loop with as
 * many threads as the notifier calls Vonage with ({@code notifier.concurrency}), both against one
 * WireMock, rate limit off. The notifier's part: a backlog of send-reply events already on the topic
 * (its channel paused while they are queued), from resuming until the last result is on
 * {@code actions.results}. A third side, the bare Kafka loop, does the least the notifier must do per
 * event (read it from Kafka, parse it, record the attempt before sending, send, publish a result) and
 * nothing more: how close to the plain loop a notifier can come at all. They alternate, twice, since
 * this machine is shared and its load moves.
 * Not run by the build: {@code ./mvnw -pl notifier-service -am test -Dtest=SendReplyThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.sends=N}, 20,000 by default;
 * {@code -Dbench.vonage-latency-ms=N}, how long WireMock takes to answer, 0 by default).
 */
@QuarkusTest
@TestProfile(UnpacedProfile.class)
class SendReplyThroughputBenchmark {

    private static final int SENDS = Integer.getInteger("bench.sends", 20_000);
    private static final int WARM_UP = Math.min(SENDS, 10_000);
    private static final int ROUNDS = 2;
    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final String BARE_LOOP_EVENTS = "bench.bare-loop.send-reply";
    private static final String BARE_LOOP_RESULTS = "bench.bare-loop.results";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "notifier.concurrency")
    int concurrency;

    @Inject
    ChannelRegistry channels;

    @Inject
    AgroalDataSource database;

    @Test
    void serviceAgainstAPlainLoopOfTheSameSdkCalls() throws Exception {
        prepareBareLoop();
        baseline(WARM_UP);
        bareKafkaLoop(WARM_UP);
        service(WARM_UP);
        List<String> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double loop = baseline(SENDS);
            double bare = bareKafkaLoop(SENDS);
            double service = service(SENDS);
            rounds.add(String.format("round %d: plain SDK loop %.0f/s, bare Kafka loop %.0f/s (%.0f %%), notifier %.0f/s, "
                    + "ratio %.0f %% (%.0f %% of the bare Kafka loop)", round, loop, bare, 100 * bare / loop, service,
                    100 * service / loop, 100 * service / bare));
        }
        System.out.println("BENCHMARK " + SENDS + " sends, " + concurrency + " threads; " + String.join("; ", rounds));
    }

    /** The notifier's rate on a backlog of {@code sends} events. */
    private double service(int sends) {
        PausableChannel channel = channels.getPausable("send-reply");
        try (ReplyBurst burst = new ReplyBurst(bootstrapServers, sends)) {
            burst.produce();
            // a paused channel still hands over the events it had asked for: those already sent are left out
            long sentWhilePaused = burst.resultsPublishedSoFar();
            Map<String, Long> cpu = CpuByThread.now();
            long started = System.nanoTime();
            channel.resume();
            Map<String, Integer> statuses = burst.awaitResults(Duration.ofMinutes(10));
            double rate = (sends - sentWhilePaused) / seconds(started);
            channel.pause();
            System.out.println("notifier round, CPU per send (µs), WireMock and broker included: "
                    + CpuByThread.perItem(cpu, (int) (sends - sentWhilePaused)) + "; sent while paused, left out: "
                    + sentWhilePaused);
            assertEquals(Map.of("SUCCEEDED", sends), statuses);
            return rate;
        }
    }

    /** The notifier's Vonage call, minus everything around it, from {@code concurrency} threads. */
    private double baseline(int sends) throws Exception {
        VonageClient client = vonage();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        Map<String, Long> cpu = CpuByThread.now();
        long started = System.nanoTime();
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            loops.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < sends; i = next.getAndIncrement()) {
                    TextMessage message = new TextMessage("33757000001", String.format("336%08d", i),
                            "Thanks, we got your message.");
                    message.setClientReference("baseline-" + i);
                    if (client.getSmsClient().submitMessage(message).getMessages().get(0).getStatus() != MessageStatus.OK) {
                        throw new IllegalStateException("refused");
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        double rate = sends / seconds(started);
        System.out.println("plain SDK loop round, CPU per send (µs), WireMock included: " + CpuByThread.perItem(cpu, sends));
        threads.shutdown();
        return rate;
    }

    /**
     * The least the notifier must do, from {@code concurrency} threads: a plain consumer reads each event and
     * parses it, each poll's attempts are recorded in one statement before their sends, each send is the
     * baseline's SDK call, and a result is published ({@code acks=all}) once Vonage answered. No idempotency
     * check, no suppression, no loop guard, offsets committed automatically; the rate is up to the last result
     * acknowledged.
     */
    private double bareKafkaLoop(int sends) throws Exception {
        try (ReplyBurst burst = new ReplyBurst(bootstrapServers, sends)) {
            burst.produceTo(BARE_LOOP_EVENTS);
        }
        VonageClient client = vonage();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        CountDownLatch published = new CountDownLatch(sends);
        Map<String, Long> cpu = CpuByThread.now();
        long started = System.nanoTime();
        try (KafkaConsumer<String, String> consumer = bareLoopConsumer();
                KafkaProducer<String, String> producer = bareLoopProducer();
                Connection connection = database.getConnection();
                PreparedStatement attempts = connection.prepareStatement(
                        "INSERT INTO bench_attempts (event_id) SELECT unnest(?::text[])")) {
            consumer.subscribe(List.of(BARE_LOOP_EVENTS));
            for (int read = 0; read < sends; ) {
                List<ActionRequested> events = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    events.add(JSON.readValue(record.value(), ActionRequested.class));
                }
                if (events.isEmpty()) {
                    continue;
                }
                read += events.size();
                attempts.setArray(1, connection.createArrayOf("text",
                        events.stream().map(ActionRequested::eventId).toArray(String[]::new)));
                attempts.executeUpdate();
                for (ActionRequested event : events) {
                    threads.execute(() -> {
                        TextMessage message = new TextMessage(event.message().to().substring(1),
                                event.contact().substring(1), event.action().message());
                        message.setClientReference(event.eventId());
                        MessageStatus status = client.getSmsClient().submitMessage(message).getMessages().get(0).getStatus();
                        producer.send(new ProducerRecord<>(BARE_LOOP_RESULTS, event.contact(),
                                "{\"eventId\":\"" + event.eventId() + "\",\"status\":\"" + status + "\"}"),
                                (metadata, error) -> published.countDown());
                    });
                }
            }
            assertTrue(published.await(10, TimeUnit.MINUTES), "every result published");
            System.out.println("bare Kafka loop round, CPU per send (µs), WireMock and broker included: "
                    + CpuByThread.perItem(cpu, sends));
        } finally {
            threads.shutdown();
        }
        return sends / seconds(started);
    }

    private void prepareBareLoop() throws Exception {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.topics().createAndWait(BARE_LOOP_EVENTS, Topics.PARTITIONS);
            kafka.topics().createAndWait(BARE_LOOP_RESULTS, Topics.PARTITIONS);
        }
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_attempts (event_id text PRIMARY KEY, "
                    + "attempted_at timestamptz NOT NULL DEFAULT now())");
        }
    }

    private KafkaConsumer<String, String> bareLoopConsumer() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-loop", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> bareLoopProducer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static VonageClient vonage() {
        return VonageClient.builder().apiKey("bench-key").apiSecret("bench-secret")
                .httpConfig(HttpConfig.builder().baseUri(BenchmarkVonage.server().baseUrl()).timeoutMillis(10_000).build())
                .build();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
