package io.smsauto.dispatcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import io.smsauto.conventions.messaging.CloudEventHeaders;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.conventions.tracing.TraceHeaders;
import io.smsauto.dispatcher.FinishedCall;
import io.smsauto.dispatcher.QueueThread;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.EventIds;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes how calls ended: one {@code actions.results} event per action event, and for a call that
 * failed for good the original event on {@code actions.forward-to-url.dlq} with the error in headers
 * (then its result, once the broker has the dead letter). Each returned stage completes once the
 * broker has the records.
 * <p>
 * A plain Kafka producer ({@code acks=all}, idempotent) fed by one thread of its own: the event loop
 * that ends a call only queues its result, and the thread builds the records (the JSON written once)
 * and hands everything queued to the producer, which sends it in batches. Through a SmallRye emitter
 * each result cost a reactive pipeline, context propagation and a span on the event loop, more than
 * the HTTP call itself against a fast target.
 */
@ApplicationScoped
public class ResultReporter {

    static final String SOURCE = CloudEventRecords.source("action-dispatcher");
    /** SmallRye's own dead-letter header names, so that tooling reads both kinds of dead letter alike. */
    static final String REASON_HEADER = "dead-letter-reason";
    private static final String TOPIC_HEADER = "dead-letter-topic";
    private static final String ATTEMPTS_HEADER = "dead-letter-attempts";
    private static final String HTTP_STATUS_HEADER = "dead-letter-http-status";
    private static final String DEAD_LETTER_TOPIC = Topics.deadLetter(Topics.ACTIONS_FORWARD_TO_URL);
    private static final int MAX_BATCH = 1000;

    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>();
    private final QueueThread sender = new QueueThread("dispatcher-result-sender", this::run);

    public ResultReporter(@Identifier("default-kafka-broker") Map<String, Object> kafka, ObjectMapper json) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove("group.id"); // a consumer setting Quarkus adds for every client
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "action-dispatcher-results");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // without the broker a send fails within seconds: the outcome is stored unpublished and the poller
        // publishes it later, well within the lease the call still holds
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.json = json;
    }

    /** The result of {@code finished}, in the trace of {@code trace} (its call's span), and its dead letter if it failed. */
    public CompletionStage<Void> report(FinishedCall finished, Context trace) {
        Supplier<ProducerRecord<String, String>> result = () -> result(finished, trace);
        if (finished.status() == ResultStatus.FAILED) {
            return send(() -> deadLetter(finished)).thenCompose(stored -> send(result));
        }
        return send(result);
    }

    /** A record that is no forward-to-url event at all goes to the dead-letter topic as it came. */
    public CompletionStage<Void> reject(String key, String value, String reason) {
        return send(() -> new ProducerRecord<>(DEAD_LETTER_TOPIC, null, key, value == null ? "" : value,
                deadLetterHeaders(reason)));
    }

    @PostConstruct
    void start() {
        sender.start();
    }

    /** Sends what is queued, then closes the producer once the broker answered (or 5 s). */
    @PreDestroy
    void stop() throws InterruptedException {
        sender.stop();
        producer.close(Duration.ofSeconds(5));
    }

    private CompletableFuture<Void> send(Supplier<ProducerRecord<String, String>> record) {
        Outgoing outgoing = new Outgoing(record, new CompletableFuture<>());
        queue.add(outgoing);
        return outgoing.sent();
    }

    private void run() {
        List<Outgoing> batch = new ArrayList<>();
        while (!(sender.stopping() && queue.isEmpty())) {
            try {
                Outgoing first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                sendAll(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Once one send fails at once (no broker, buffer full), the rest of the batch is failed without waiting again. */
    private void sendAll(List<Outgoing> batch) {
        RuntimeException unavailable = null;
        for (Outgoing outgoing : batch) {
            if (unavailable != null) {
                outgoing.sent().completeExceptionally(unavailable);
                continue;
            }
            try {
                producer.send(outgoing.record().get(), (stored, error) -> {
                    if (error == null) {
                        outgoing.sent().complete(null);
                    } else {
                        outgoing.sent().completeExceptionally(error);
                    }
                });
            } catch (KafkaException | IllegalStateException e) {
                Log.warnf("Cannot hand %d records to Kafka (%s)", batch.size(), e.toString());
                unavailable = e;
                outgoing.sent().completeExceptionally(e);
            } catch (RuntimeException e) {
                outgoing.sent().completeExceptionally(e);
            }
        }
    }

    private ProducerRecord<String, String> result(FinishedCall finished, Context trace) {
        ActionResult result = ActionResult.of(finished.call().request(), finished.status(), finished.detail(),
                finished.attempts(), finished.finishedAt(), null);
        Headers headers = CloudEventHeaders.of(SOURCE, EventIds.result(result.eventId()), ActionResult.TYPE,
                result.contact(), Instant.now());
        TraceHeaders.inject(trace, headers);
        return new ProducerRecord<>(Topics.ACTIONS_RESULTS, null, result.contact(), write(result), headers);
    }

    private ProducerRecord<String, String> deadLetter(FinishedCall finished) {
        String contact = finished.call().contact();
        // the CloudEvents attributes of the original event, with the error added in headers
        Headers headers = CloudEventHeaders.of(SOURCE, finished.call().eventId(), ActionType.FORWARD_TO_URL.eventType(),
                contact, Instant.now());
        deadLetterHeaders(finished.detail()).forEach(headers::add);
        add(headers, ATTEMPTS_HEADER, String.valueOf(finished.attempts()));
        if (finished.httpStatus() != null) {
            add(headers, HTTP_STATUS_HEADER, String.valueOf(finished.httpStatus()));
        }
        return new ProducerRecord<>(DEAD_LETTER_TOPIC, null, contact, finished.call().event(), headers);
    }

    private static Headers deadLetterHeaders(String reason) {
        Headers headers = new RecordHeaders();
        add(headers, REASON_HEADER, reason);
        add(headers, TOPIC_HEADER, Topics.ACTIONS_FORWARD_TO_URL);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private String write(ActionResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON", e);
        }
    }

    /** A record to send, built on the sender's thread, and whether the broker has it. */
    private record Outgoing(Supplier<ProducerRecord<String, String>> record, CompletableFuture<Void> sent) {
    }
}
