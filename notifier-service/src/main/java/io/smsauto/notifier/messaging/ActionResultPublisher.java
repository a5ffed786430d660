package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Puts results on {@code actions.results}; completes once the broker has it, so the action event is committed after its result. */
@ApplicationScoped
public class ActionResultPublisher {

    private static final String SOURCE = CloudEventRecords.source("notifier-service");

    private final MutinyEmitter<ActionResult> emitter;

    public ActionResultPublisher(@Channel("action-results") MutinyEmitter<ActionResult> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(ActionResult result) {
        return emitter.sendMessage(CloudEventRecords.message(result, SOURCE, EventIds.result(result.eventId()),
                ActionResult.TYPE, result.contact()));
    }
}
