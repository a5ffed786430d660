package io.smsauto.dispatcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.dispatcher.FinishedCall;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.EventIds;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes how calls ended: one {@code actions.results} event per action event, and for a call that
 * failed for good the original event on {@code actions.forward-to-url.dlq} with the error in headers.
 * Each returned stage completes once the broker has the records.
 */
@ApplicationScoped
public class ResultReporter {

    static final String SOURCE = CloudEventRecords.source("action-dispatcher");
    /** SmallRye's own dead-letter header names, so that tooling reads both kinds of dead letter alike. */
    static final String REASON_HEADER = "dead-letter-reason";
    private static final String TOPIC_HEADER = "dead-letter-topic";
    private static final String ATTEMPTS_HEADER = "dead-letter-attempts";
    private static final String HTTP_STATUS_HEADER = "dead-letter-http-status";
    /** Enough for every call the dispatcher may hold in memory to end at once. */
    private static final long BUFFER = 8192;

    private final MutinyEmitter<String> results;
    private final MutinyEmitter<String> deadLetters;
    private final ObjectMapper json;

    public ResultReporter(@Channel("action-results") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
            MutinyEmitter<String> results,
            @Channel("dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
            MutinyEmitter<String> deadLetters, ObjectMapper json) {
        this.results = results;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    public CompletionStage<Void> report(FinishedCall finished) {
        Uni<Void> deadLetter = finished.status() == ResultStatus.FAILED
                ? deadLetters.sendMessage(deadLetter(finished)) : Uni.createFrom().voidItem();
        return deadLetter.chain(() -> results.sendMessage(result(finished))).subscribeAsCompletionStage();
    }

    /** A record that is no forward-to-url event at all goes to the dead-letter topic as it came. */
    public CompletionStage<Void> reject(String key, String value, String reason) {
        RecordHeaders headers = headers(reason);
        return deadLetters.sendMessage(Message.of(value == null ? "" : value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withHeaders(headers).build()))
                .subscribeAsCompletionStage();
    }

    private Message<String> result(FinishedCall finished) {
        ActionResult result = ActionResult.of(finished.call().request(), finished.status(), finished.detail(),
                finished.attempts(), finished.finishedAt(), null);
        return CloudEventRecords.message(write(result), SOURCE, EventIds.result(result.eventId()), ActionResult.TYPE,
                result.contact());
    }

    private Message<String> deadLetter(FinishedCall finished) {
        String contact = finished.call().contact();
        RecordHeaders headers = headers(finished.detail());
        add(headers, ATTEMPTS_HEADER, String.valueOf(finished.attempts()));
        if (finished.httpStatus() != null) {
            add(headers, HTTP_STATUS_HEADER, String.valueOf(finished.httpStatus()));
        }
        // the CloudEvents attributes of the original event, with the error added in headers
        return CloudEventRecords.message(finished.call().event(), SOURCE, finished.call().eventId(),
                        ActionType.FORWARD_TO_URL.eventType(), contact)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(contact).withHeaders(headers).build());
    }

    private static RecordHeaders headers(String reason) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, REASON_HEADER, reason);
        add(headers, TOPIC_HEADER, Topics.ACTIONS_FORWARD_TO_URL);
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private String write(ActionResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON", e);
        }
    }
}
