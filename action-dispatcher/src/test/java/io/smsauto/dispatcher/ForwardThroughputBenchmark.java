package io.smsauto.dispatcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.dispatcher.client.OutboundRequest;
import io.smsauto.dispatcher.client.RequestPlanner;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.EventJson;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import io.smsauto.events.Topics;
import io.smsauto.infra.CpuByThread;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * Calls per second of the service against a plain Vert.x client loop sending the same requests at
 * the same concurrency to the same local endpoint, in one run, in alternating rounds. A third side, the
 * bare Kafka loop, does the least any design of the service must do per event (read it from Kafka, parse
 * it, call, publish a result) and nothing more: how close to the baseline a service can come at all.
 * Not part of the normal test run; README.md, "Benchmarks", gives the command. {@code -Dbench.calls} (default 20000),
 * {@code -Dbench.delay-ms} (how long the endpoint takes to answer, default 0) and {@code -Dbench.warm-up}
 * (calls of each side before the rounds, default 3000) change the run.
 */
@QuarkusTest
@TestProfile(ForwardThroughputBenchmark.Settings.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ForwardThroughputBenchmark {

    static final int CONCURRENCY = 32;
    private static final int CALLS = Integer.getInteger("bench.calls", 20_000);
    private static final long DELAY_MS = Long.getLong("bench.delay-ms", 0);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 3_000);
    private static final int ROUNDS = 4;
    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final RequestPlanner PLANNER = new RequestPlanner(JSON, Optional.of("test-signing-secret"));
    private static final String BARE_LOOP_EVENTS = "bench.bare-loop.events";
    private static final String BARE_LOOP_RESULTS = "bench.bare-loop.results";

    public static class Settings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dispatcher.per-host-concurrency", String.valueOf(CONCURRENCY),
                    "dispatcher.per-host-queue", "4096",
                    "dispatcher.max-pending", "4096",
                    "dispatcher.timeout", "10s",
                    // each round's events are queued first, then handled as a backlog (see service())
                    "mp.messaging.incoming.forward-to-url.pausable", "true",
                    "mp.messaging.incoming.forward-to-url.initially-paused", "true");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ChannelRegistry channels;

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicLong firstHit = new AtomicLong();
    private final AtomicLong lastHit = new AtomicLong();

    @Test
    void serviceCallsPerSecondAgainstAPlainClientLoop() throws Exception {
        String url = "http://127.0.0.1:" + startEndpoint() + "/bench";
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.topics().createAndWait(BARE_LOOP_EVENTS, Topics.PARTITIONS);
            kafka.topics().createAndWait(BARE_LOOP_RESULTS, Topics.PARTITIONS);
            // warm both paths up: JIT, connections, consumer group
            baseline(url, WARM_UP);
            bareKafkaLoop(kafka, url, WARM_UP);
            service(kafka, url, WARM_UP);

            // the machine is shared: alternate rounds so that both see the same load
            Totals baseline = new Totals();
            Totals bareLoop = new Totals();
            Totals service = new Totals();
            List<Round> rounds = new ArrayList<>();
            int perRound = CALLS / ROUNDS;
            for (int i = 0; i < ROUNDS; i++) {
                baseline.add(perRound, baseline(url, perRound));
                bareLoop.add(perRound, bareKafkaLoop(kafka, url, perRound));
                Round round = service(kafka, url, perRound);
                service.add(perRound, round.callSeconds());
                rounds.add(round);
            }
            // results are read only now, so that reading them does not load the machine during the rounds
            Totals endToEnd = endToEnd(kafka, rounds, perRound);
            System.out.printf("%nBENCHMARK forward-to-url, %d calls in %d rounds after %d warm-up calls, concurrency %d, endpoint delay %d ms%n"
                            + "  baseline (plain Vert.x client loop): %.0f calls/s (rounds: %s)%n"
                            + "  bare Kafka loop (read, parse, call, publish a result): %.0f calls/s (rounds: %s) = %.0f %% of the baseline%n"
                            + "  service, calls reaching the endpoint: %.0f calls/s (rounds: %s) = %.0f %% of the baseline, %.0f %% of the bare Kafka loop%n"
                            + "  service, backlog let in to last result on actions.results: %.0f events/s (rounds: %s)%n%n",
                    CALLS, ROUNDS, WARM_UP, CONCURRENCY, DELAY_MS, baseline.perSecond(), baseline.rounds(),
                    bareLoop.perSecond(), bareLoop.rounds(), 100 * bareLoop.perSecond() / baseline.perSecond(),
                    service.perSecond(), service.rounds(), 100 * service.perSecond() / baseline.perSecond(),
                    100 * service.perSecond() / bareLoop.perSecond(), endToEnd.perSecond(), endToEnd.rounds());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private int startEndpoint() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            long now = System.nanoTime();
            firstHit.compareAndSet(0, now);
            lastHit.set(now);
            hits.incrementAndGet();
            if (DELAY_MS == 0) {
                request.response().setStatusCode(200).end();
            } else {
                vertx.setTimer(DELAY_MS, id -> request.response().setStatusCode(200).end());
            }
        }));
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get().actualPort();
    }

    /** Seconds to send the request the service sends (built by its own planner), {@link #CONCURRENCY} at a time. */
    private double baseline(String url, int calls) throws Exception {
        OutboundRequest request = PLANNER.plan(event(url));
        HttpClient client = newClient();
        RequestOptions options = options(request);
        Buffer body = Buffer.buffer(request.body());
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Promise<Void> done = Promise.promise();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (started.incrementAndGet() > calls) {
                return;
            }
            client.request(options).compose(sent -> sent.send(body)).compose(response -> response.body())
                    .onComplete(ignored -> {
                        if (finished.incrementAndGet() == calls) {
                            done.complete();
                        } else {
                            next[0].run();
                        }
                    });
        };
        long start = System.nanoTime();
        vertx.runOnContext(ignored -> {
            for (int i = 0; i < CONCURRENCY; i++) {
                next[0].run();
            }
        });
        done.future().toCompletionStage().toCompletableFuture().get();
        double seconds = (System.nanoTime() - start) / 1e9;
        client.close();
        return seconds;
    }

    /**
     * Seconds for the least any design of the service must do: a plain consumer reads each event and parses
     * it, the request is planned as the service plans it, called {@link #CONCURRENCY} at a time, and a result
     * is published ({@code acks=all}) once the call is answered. No database, no idempotency, offsets
     * committed automatically: the service must do all of this and more.
     */
    private double bareKafkaLoop(KafkaCompanion kafka, String url, int calls) throws Exception {
        List<ProducerRecord<String, String>> events = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            events.add(new ProducerRecord<>(BARE_LOOP_EVENTS, contact(i), write(event(url))));
        }
        kafka.produceStrings().fromRecords(events).awaitCompletion(Duration.ofMinutes(2));
        hits.set(0);
        firstHit.set(0);
        HttpClient client = newClient();
        Context context = vertx.getOrCreateContext();
        Queue<Planned> waiting = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        CountDownLatch published = new CountDownLatch(calls);
        try (KafkaConsumer<String, String> consumer = bareLoopConsumer();
                KafkaProducer<String, String> producer = bareLoopProducer()) {
            Map<String, Long> cpu = CpuByThread.now();
            Runnable[] pump = new Runnable[1];
            pump[0] = () -> {
                while (inFlight.get() < CONCURRENCY && !waiting.isEmpty()) {
                    Planned call = waiting.poll();
                    inFlight.incrementAndGet();
                    client.request(options(call.request())).compose(sent -> sent.send(Buffer.buffer(call.request().body())))
                            .compose(response -> response.body().map(ignored -> response.statusCode()))
                            .onComplete(status -> {
                                producer.send(new ProducerRecord<>(BARE_LOOP_RESULTS, call.contact(),
                                        "{\"eventId\":\"" + call.eventId() + "\",\"httpStatus\":" + status.result() + "}"),
                                        (metadata, error) -> published.countDown());
                                inFlight.decrementAndGet();
                                pump[0].run();
                            });
                }
            };
            consumer.subscribe(List.of(BARE_LOOP_EVENTS));
            for (int read = 0; read < calls; ) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    ActionRequested event = JSON.readValue(record.value(), ActionRequested.class);
                    waiting.add(new Planned(event.eventId(), record.key(), PLANNER.plan(event)));
                    read++;
                }
                context.runOnContext(ignored -> pump[0].run());
            }
            assertTrue(published.await(5, TimeUnit.MINUTES), "every result published");
            System.out.println("bare Kafka loop round, CPU per call (µs), endpoint and broker included: "
                    + CpuByThread.perItem(cpu, calls));
        } finally {
            client.close();
        }
        assertEquals(calls, hits.get(), "every event called once");
        return (lastHit.get() - firstHit.get()) / 1e9;
    }

    private record Planned(String eventId, String contact, OutboundRequest request) {
    }

    private KafkaConsumer<String, String> bareLoopConsumer() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-loop",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Configured as the service's result producer is. */
    private KafkaProducer<String, String> bareLoopProducer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private HttpClient newClient() {
        return vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(CONCURRENCY).setKeepAlive(true));
    }

    private static RequestOptions options(OutboundRequest request) {
        RequestOptions options = new RequestOptions().setMethod(io.vertx.core.http.HttpMethod.POST)
                .setHost("127.0.0.1").setPort(request.port()).setURI(request.target());
        request.headers().forEach(header -> options.addHeader(header.key(), header.value()));
        return options;
    }

    /** The events of one round, when the service was let at them, and the seconds from their first call to their last. */
    private record Round(Set<String> eventIds, long resumedAtMillis, double callSeconds) {
    }

    /**
     * Puts {@code calls} events on the topic while the service's channel is paused, then lets the service at
     * them and waits until each reached the endpoint: producing them takes none of the CPU the round measures,
     * as the baseline produces nothing.
     */
    private Round service(KafkaCompanion kafka, String url, int calls) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < calls; i++) {
            ActionRequested event = event(url);
            ids.add(event.eventId());
            records.add(new ProducerRecord<>(Topics.ACTIONS_FORWARD_TO_URL, contact(i), write(event)));
        }
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofMinutes(2));
        hits.set(0);
        firstHit.set(0);
        PausableChannel channel = channels.getPausable("forward-to-url");
        long resumedAt = System.currentTimeMillis();
        Map<String, Long> cpu = CpuByThread.now();
        channel.resume();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> hits.get() >= calls);
        channel.pause();
        System.out.println("service round, CPU per call (µs), endpoint and broker included: " + CpuByThread.perItem(cpu, calls));
        double callSeconds = (lastHit.get() - firstHit.get()) / 1e9;
        assertEquals(calls, hits.get(), "every event called once");
        return new Round(ids, resumedAt, callSeconds);
    }

    /** Per round, from the service let at its backlog to its last result written (the result record's timestamp). */
    private Totals endToEnd(KafkaCompanion kafka, List<Round> rounds, int perRound) {
        Set<String> all = new HashSet<>();
        rounds.forEach(round -> all.addAll(round.eventIds()));
        Map<String, Long> resultTimes = new HashMap<>();
        ConsumerTask<String, String> results = kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (ConsumerRecord<String, String> record : results.getRecords()) {
                String id = eventId(record.value());
                if (all.contains(id)) {
                    resultTimes.put(id, record.timestamp());
                }
            }
            return resultTimes.size() == all.size();
        });
        results.stop();
        Totals totals = new Totals();
        for (Round round : rounds) {
            long last = round.eventIds().stream().mapToLong(resultTimes::get).max().orElseThrow();
            totals.add(perRound, (last - round.resumedAtMillis()) / 1e3);
        }
        return totals;
    }

    /** Calls and seconds over several rounds. */
    private static final class Totals {
        private long calls;
        private double seconds;
        private final List<String> rounds = new ArrayList<>();

        void add(int roundCalls, double roundSeconds) {
            calls += roundCalls;
            seconds += roundSeconds;
            rounds.add(String.format("%.0f", roundCalls / roundSeconds));
        }

        double perSecond() {
            return calls / seconds;
        }

        String rounds() {
            return String.join(", ", rounds);
        }
    }

    private static ActionRequested event(String url) {
        return ForwardEvents.event(HttpMethod.POST, url, List.of(new KeyValue("X-Api-Key", "k-123")),
                List.of(new KeyValue("from", "+33612345678"), new KeyValue("msg", "CALL order 42")));
    }

    /** Many contacts, as in real traffic, so that the events spread over the partitions. */
    private static String contact(int i) {
        return "+336" + String.format("%08d", i % 10_000);
    }

    private static String write(ActionRequested event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String eventId(String resultJson) {
        int at = resultJson.indexOf("\"eventId\":\"") + 11;
        return resultJson.substring(at, resultJson.indexOf('"', at));
    }
}
