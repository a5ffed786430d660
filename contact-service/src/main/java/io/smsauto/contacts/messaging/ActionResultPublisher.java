package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Puts results on {@code actions.results}, keyed by the contact, with the id derived from the action
 * event's: a repeated result is recognisable as the same one.
 */
@ApplicationScoped
public class ActionResultPublisher {

    static final String SOURCE = CloudEventRecords.source("contact-service");

    private final MutinyEmitter<ActionResult> emitter;

    // a whole batch is sent at once and acknowledged before the next: that bounds the buffer
    public ActionResultPublisher(@Channel("action-results") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            MutinyEmitter<ActionResult> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(List<ActionResult> results) {
        return Emitters.sendAll(emitter, results.stream()
                .map(result -> CloudEventRecords.message(result, SOURCE, EventIds.result(result.eventId()),
                        ActionResult.TYPE, result.contact()))
                .toList());
    }
}
