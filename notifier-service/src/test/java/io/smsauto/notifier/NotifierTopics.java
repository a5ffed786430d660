package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.EventJson;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The notifier's topics as a test sees them: action events, opt-outs and delivery receipts in, results out. */
final class NotifierTopics implements AutoCloseable {

    // the first test of a run also waits for the consumer group to form, slow on a loaded machine
    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = EventJson.newMapper();

    private final KafkaCompanion kafka;
    private final ConsumerTask<String, String> results;

    NotifierTopics(String bootstrapServers) {
        kafka = new KafkaCompanion(bootstrapServers);
        results = kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
    }

    /** To the action's topic, keyed by the contact, as keyword-matcher sends it. */
    void send(ActionRequested... requests) {
        kafka.produceStrings().fromRecords(Arrays.stream(requests)
                .map(request -> new ProducerRecord<>(request.action().type().topic(), request.contact(), json(request)))
                .toList()).awaitCompletion();
    }

    /** As the matcher sends it, in the trace of the message that caused it. */
    void send(ActionRequested request, String traceparent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(request.action().type().topic(), request.contact(),
                json(request));
        record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        kafka.produceStrings().fromRecords(record).awaitCompletion();
    }

    /** To {@code sms.delivery-receipts}, keyed by the recipient, as inbound-gateway sends it. */
    void send(DeliveryReceipt receipt) {
        sendRaw(Topics.SMS_DELIVERY_RECEIPTS, receipt.recipient(), json(receipt));
    }

    /** Any value, readable or not; null for a tombstone. */
    void sendRaw(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion();
    }

    void optOut(String number, boolean optedOut) {
        sendRaw(Topics.CONTACTS_OPT_OUTS, number, json(new OptOutStatus(number, optedOut, Instant.now())));
    }

    /** A tombstone: the number's opt-out record is deleted. */
    void forgetOptOut(String number) {
        sendRaw(Topics.CONTACTS_OPT_OUTS, number, null);
    }

    ActionResult awaitResult(String eventId) {
        await().atMost(PATIENCE).until(() -> !results(eventId).isEmpty());
        return results(eventId).get(0);
    }

    /** Waits until the event has {@code count} results (or more); all it has. */
    List<ActionResult> awaitResults(String eventId, int count) {
        await().atMost(PATIENCE).until(() -> results(eventId).size() >= count);
        return results(eventId);
    }

    /** Waits until every event has {@code count} results. */
    void awaitResults(Collection<String> eventIds, int count) {
        awaitResults(eventIds, count, PATIENCE);
    }

    /** Waits until every event has {@code count} results, for a burst that takes longer than the usual patience. */
    void awaitResults(Collection<String> eventIds, int count, Duration patience) {
        Set<String> ids = Set.copyOf(eventIds);
        await().atMost(patience).until(() -> resultCount(ids) >= (long) ids.size() * count);
    }

    /** How many results the events have, all together. */
    long resultCount(Set<String> eventIds) {
        return allResults().stream().filter(r -> eventIds.contains(r.eventId())).count();
    }

    List<ActionResult> results(String eventId) {
        return allResults().stream().filter(r -> eventId.equals(r.eventId())).toList();
    }

    /** The CloudEvents ids of the event's results, in the order they came. */
    List<String> resultIds(String eventId) {
        return results.getRecords().stream().filter(r -> eventId.equals(read(r.value()).eventId()))
                .map(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)).toList();
    }

    private List<ActionResult> allResults() {
        return results.getRecords().stream().map(r -> read(r.value())).toList();
    }

    @Override
    public void close() {
        results.stop();
        kafka.close();
    }

    static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActionResult read(String json) {
        try {
            return JSON.readValue(json, ActionResult.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
