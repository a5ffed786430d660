package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smsauto.conventions.messaging.CloudEventHeaders;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.Topics;
import io.smsauto.matcher.service.Reaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A reaction's events as Kafka records (DESIGN.md §5): each action on its type's topic, then the
 * match on {@code automations.triggered}; JSON bodies, CloudEvents headers, the contact as key.
 */
final class EventRecords {

    private static final String SOURCE = CloudEventRecords.source("keyword-matcher");

    private final ObjectWriter actions;
    private final ObjectWriter triggers;

    EventRecords(ObjectMapper json) {
        // resolved once, not looked up by the value's class for every record
        this.actions = json.writerFor(ActionRequested.class);
        this.triggers = json.writerFor(AutomationTriggered.class);
    }

    List<ProducerRecord<String, byte[]>> of(Reaction reaction) throws JsonProcessingException {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(reaction.actions().size() + 1);
        for (ActionRequested action : reaction.actions()) {
            records.add(record(action.action().type().topic(), action.contact(), action.eventId(),
                    action.action().type().eventType(), actions.writeValueAsBytes(action), action.requestedAt()));
        }
        AutomationTriggered triggered = reaction.triggered();
        if (triggered != null) {
            records.add(record(Topics.AUTOMATIONS_TRIGGERED, triggered.message().from(), triggered.eventId(),
                    AutomationTriggered.TYPE, triggers.writeValueAsBytes(triggered), triggered.triggeredAt()));
        }
        return records;
    }

    private static ProducerRecord<String, byte[]> record(String topic, String contact, String id, String type,
            byte[] event, Instant time) {
        return new ProducerRecord<>(topic, null, contact, event, CloudEventHeaders.of(SOURCE, id, type, contact, time));
    }
}
