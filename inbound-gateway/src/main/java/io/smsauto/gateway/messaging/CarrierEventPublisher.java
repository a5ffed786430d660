package io.smsauto.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smsauto.conventions.messaging.CloudEventHeaders;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.conventions.tracing.TraceHeaders;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts what carriers tell us on Kafka — an inbound SMS on {@code sms.inbound}, a delivery receipt on
 * {@code sms.delivery-receipts} — and reports when the broker has durably stored it.
 * <p>
 * One plain Kafka producer, configured by the {@code kafka.*} settings ({@code acks=all}, idempotent,
 * {@code max.block.ms=0}): {@code send} is called on the event loop that handles the webhook and
 * never blocks it — without the topic's metadata or buffer space it fails at once, and the carrier
 * is answered 503. The producer reports every record within {@code delivery.timeout.ms}, and its
 * answer is handed back to the request's event loop, so the producer's I/O thread does nothing else.
 */
@ApplicationScoped
public class CarrierEventPublisher {

    private static final String SOURCE = CloudEventRecords.source("inbound-gateway");
    private static final List<String> TOPICS = List.of(Topics.SMS_INBOUND, Topics.SMS_DELIVERY_RECEIPTS);

    private final Producer<String, byte[]> producer;
    private final ObjectMapper json;
    private final Duration topicWaitAtStart;

    public CarrierEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka, ObjectMapper json,
            @ConfigProperty(name = "gateway.topic-wait-at-start") Duration topicWaitAtStart) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove("group.id"); // a consumer setting Quarkus adds for every client
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.json = json;
        this.topicWaitAtStart = topicWaitAtStart;
    }

    /** Completes once the broker acknowledged the record; fails with {@link BrokerUnavailableException} otherwise. */
    public Uni<Void> publish(InboundSms sms) {
        return publish(Topics.SMS_INBOUND, sms.from(), sms.id(), InboundSms.TYPE, sms);
    }

    /** Completes once the broker acknowledged the record; fails with {@link BrokerUnavailableException} otherwise. */
    public Uni<Void> publish(DeliveryReceipt receipt) {
        return publish(Topics.SMS_DELIVERY_RECEIPTS, receipt.recipient(), receipt.id(), DeliveryReceipt.TYPE, receipt);
    }

    private Uni<Void> publish(String topic, String key, String id, String type, Object event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, body(event),
                CloudEventHeaders.of(SOURCE, id, type, key, Instant.now()));
        // the webhook's span: the matcher's work on this message continues its trace
        TraceHeaders.inject(io.opentelemetry.context.Context.current(), record.headers());
        return Uni.createFrom().emitter(answer -> {
            Context context = Vertx.currentContext();
            try {
                producer.send(record, (stored, error) -> onRequestContext(context, () -> {
                    if (error == null) {
                        answer.complete(null);
                    } else {
                        answer.fail(new BrokerUnavailableException(error.toString()));
                    }
                }));
            } catch (KafkaException | IllegalStateException e) {
                answer.fail(new BrokerUnavailableException(e.toString()));
            }
        });
    }

    /**
     * Looks the topics up before the first webhook, so that none is answered 503 for want of
     * metadata; gives up after {@code gateway.topic-wait-at-start} (the broker may be down).
     */
    void lookUpTheTopics(@Observes StartupEvent started) throws InterruptedException {
        long deadline = System.nanoTime() + topicWaitAtStart.toNanos();
        while (!knowsTheTopics()) {
            if (System.nanoTime() > deadline) {
                Log.warnf("%s are not known yet: webhooks are answered 503 until the broker answers", TOPICS);
                return;
            }
            Thread.sleep(100);
        }
    }

    /** True once the producer knows the partitions of every topic it writes, which it needs to send. */
    public boolean knowsTheTopics() {
        try {
            return TOPICS.stream().noneMatch(topic -> producer.partitionsFor(topic).isEmpty());
        } catch (KafkaException e) {
            return false; // not yet: the lookup it started goes on in the background
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private byte[] body(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }

    private static void onRequestContext(Context context, Runnable action) {
        if (context == null) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}
