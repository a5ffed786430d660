package io.smsauto.dispatcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.smsauto.dispatcher.service.CallIntake;
import io.smsauto.events.ActionRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code actions.forward-to-url}, a whole poll at a time: the events are stored (one database batch)
 * and handed to the engine; the poll is committed once they are stored, not once they are called.
 * A record that is not a usable event goes to the dead-letter topic as it came.
 */
@ApplicationScoped
public class ForwardToUrlConsumer {

    private final CallIntake intake;
    private final ResultReporter reporter;
    private final ObjectMapper json;

    public ForwardToUrlConsumer(CallIntake intake, ResultReporter reporter, ObjectMapper json) {
        this.intake = intake;
        this.reporter = reporter;
        this.json = json;
    }

    @Incoming("forward-to-url")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<CallIntake.Received> events = new ArrayList<>();
        List<CompletableFuture<Void>> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(new CallIntake.Received(record.value(), read(record.value())));
            } catch (UnusableEventException e) {
                // the reason may quote the record's content (a message's text): it goes with the dead letter, and to DEBUG
                Log.warnf("Record %s-%d@%d is not a usable forward-to-url event", record.topic(), record.partition(),
                        record.offset());
                Log.debugf("Record %s-%d@%d is not a usable forward-to-url event: %s", record.topic(),
                        record.partition(), record.offset(), e.getMessage());
                rejected.add(reporter.reject(record.key(), record.value(), e.getMessage()).toCompletableFuture());
            }
        }
        intake.accept(events);
        CompletableFuture.allOf(rejected.toArray(CompletableFuture[]::new)).join();
    }

    private ActionRequested read(String value) {
        ActionRequested event;
        try {
            event = value == null ? null : json.readValue(value, ActionRequested.class);
        } catch (JsonProcessingException e) {
            throw new UnusableEventException("not an action event: " + e.getOriginalMessage());
        }
        if (event == null || event.eventId() == null || event.eventId().isBlank()) {
            throw new UnusableEventException("no eventId");
        }
        if (event.message() == null || event.message().from() == null) {
            throw new UnusableEventException("no message.from");
        }
        if (event.action() == null) {
            throw new UnusableEventException("no action");
        }
        return event;
    }

    private static final class UnusableEventException extends RuntimeException {
        UnusableEventException(String message) {
            super(message);
        }
    }
}
