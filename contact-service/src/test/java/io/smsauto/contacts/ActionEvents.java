package io.smsauto.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Action events as keyword-matcher writes them, and the results this service answers with. */
final class ActionEvents {

    static final ObjectMapper JSON = EventJson.newMapper();

    private ActionEvents() {
    }

    static ActionRequested addToGroup(String from, String listId) {
        return group(ActionType.ADD_TO_GROUP, from, listId);
    }

    static ActionRequested removeFromGroup(String from, String listId) {
        return group(ActionType.REMOVE_FROM_GROUP, from, listId);
    }

    /** The built-in STOP, sent at {@code sentAt}. */
    static ActionRequested stop(String from, Instant sentAt) {
        return builtin(BuiltinKeyword.OPT_OUT, ActionType.UNSUBSCRIBE, from, sentAt);
    }

    /** The built-in START, sent at {@code sentAt}. */
    static ActionRequested start(String from, Instant sentAt) {
        return builtin(BuiltinKeyword.OPT_IN, ActionType.OPT_IN, from, sentAt);
    }

    static void send(KafkaCompanion kafka, ActionRequested... events) {
        List<ProducerRecord<String, String>> records = java.util.Arrays.stream(events)
                .map(e -> new ProducerRecord<>(e.action().type().topic(), e.contact(), json(e)))
                .toList();
        kafka.produceStrings().fromRecords(records).awaitCompletion();
    }

    static void sendRaw(KafkaCompanion kafka, String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion();
    }

    /** The results on {@code actions.results} for {@code eventId}, oldest first. */
    static List<ConsumerRecord<String, String>> resultRecords(ConsumerTask<String, String> results, String eventId) {
        return results.getRecords().stream().filter(r -> read(r.value()).eventId().equals(eventId)).toList();
    }

    static List<ActionResult> results(ConsumerTask<String, String> results, String eventId) {
        return resultRecords(results, eventId).stream().map(r -> read(r.value())).toList();
    }

    static ConsumerTask<String, String> watchResults(KafkaCompanion kafka) {
        return kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
    }

    private static ActionRequested group(ActionType type, String from, String listId) {
        InboundSms sms = sms(from, Instant.now());
        String actionId = UUID.randomUUID().toString();
        ActionSpec action = new ActionSpec(actionId, "Group", type, listId, null, null, null, null, null, null, null);
        return new ActionRequested(EventIds.action(sms.id(), actionId), new AutomationRef("a-" + actionId, "Lists"),
                null, action, sms, Instant.now());
    }

    private static ActionRequested builtin(BuiltinKeyword keyword, ActionType type, String from, Instant sentAt) {
        InboundSms sms = sms(from, sentAt);
        ActionSpec action = ActionSpec.withoutFields("builtin:" + type, "Built-in", type);
        return new ActionRequested(EventIds.action(sms.id(), action.id()), null, keyword, action, sms, Instant.now());
    }

    private static InboundSms sms(String from, Instant receivedAt) {
        String carrierId = UUID.randomUUID().toString();
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId, from,
                "+33757000001", "text", receivedAt, null);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ActionResult read(String json) {
        try {
            return JSON.readValue(json, ActionResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
