package io.smsauto.contacts.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smsauto.contacts.service.ActionHandler;
import io.smsauto.contacts.service.ActionProcessor;
import io.smsauto.conventions.persistence.TransientFailures;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Handles one poll's worth of action events: unreadable records go to the dead-letter queue, the
 * others are applied in one transaction, their results published, and only then is the batch
 * acknowledged. While the database or the broker is unreachable the batch waits and retries; a
 * batch that fails for another reason is applied again event by event, so that only the event at
 * fault is dead-lettered and the partition keeps flowing.
 */
@ApplicationScoped
public class ActionBatches {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final ActionEventDecoder decoder;
    private final ActionProcessor processor;
    private final ActionResultPublisher results;

    public ActionBatches(ActionEventDecoder decoder, ActionProcessor processor, ActionResultPublisher results) {
        this.decoder = decoder;
        this.processor = processor;
        this.results = results;
    }

    private record Decoded(KafkaRecord<String, String> record, ActionRequested request) {
    }

    public Uni<Void> handle(KafkaRecordBatch<String, String> batch, ActionHandler handler) {
        List<Decoded> decoded = new ArrayList<>();
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                decoded.add(new Decoded(record, decoder.decode(record.getPayload(), handler.type())));
            } catch (UnreadableEventException e) {
                deadLettered.add(deadLetter(record, e));
            }
        }
        Uni<Void> deadLettering = deadLettered.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(deadLettered).andFailFast().replaceWithVoid();
        long start = System.nanoTime();
        long[] applied = new long[1];
        return deadLettering
                .chain(() -> apply(decoded, handler))
                .invoke(() -> applied[0] = System.nanoTime())
                .chain(done -> results.publish(done)
                        .onFailure().retry().withBackOff(FIRST_BACKOFF, MAX_BACKOFF).indefinitely())
                .chain(() -> Uni.createFrom().completionStage(batch::ack))
                .invoke(() -> Log.debugf("%d %s events applied in %d ms, their results published in %d ms",
                        decoded.size(), handler.type(), (applied[0] - start) / 1_000_000, (System.nanoTime() - applied[0]) / 1_000_000));
    }

    private Uni<List<ActionResult>> apply(List<Decoded> decoded, ActionHandler handler) {
        if (decoded.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return process(decoded.stream().map(Decoded::request).toList(), handler)
                .onFailure().recoverWithUni(e -> {
                    Log.warnf("A batch of %d %s events failed, applying them one by one: %s", decoded.size(),
                            handler.type(), e.toString());
                    return oneByOne(decoded, handler);
                });
    }

    private Uni<List<ActionResult>> oneByOne(List<Decoded> decoded, ActionHandler handler) {
        return Multi.createFrom().iterable(decoded)
                .onItem().transformToUniAndConcatenate(one -> process(List.of(one.request()), handler)
                        .onFailure().recoverWithUni(e -> deadLetter(one.record(), e).replaceWith(List.<ActionResult>of())))
                .collect().in(ArrayList<ActionResult>::new, List::addAll)
                .map(List::copyOf);
    }

    private Uni<List<ActionResult>> process(List<ActionRequested> requests, ActionHandler handler) {
        return TransientFailures.retried(processor.process(requests, handler), handler.type() + " events");
    }

    private static Uni<Void> deadLetter(KafkaRecord<String, String> record, Throwable reason) {
        // the reason may quote the record's content (a message's text): it goes with the dead letter, and to DEBUG
        Log.warnf("A record of %s-%d goes to the dead-letter queue (%s)", record.getTopic(), record.getPartition(),
                reason.getClass().getSimpleName());
        Log.debugf("A record of %s-%d goes to the dead-letter queue: %s", record.getTopic(), record.getPartition(),
                reason.getMessage());
        return Uni.createFrom().completionStage(() -> record.nack(reason));
    }
}
