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
        return publish(result, EventIds.result(result.eventId()));
    }

    /**
     * A result that corrects the one published before for its event, once the send to {@code recipient}
     * is settled (confirmed by a delivery receipt, or sent again): an id of its own, so that it is not
     * skipped as a duplicate. A send is corrected once at most, so the id is never reused.
     */
    public Uni<Void> publishConfirmed(ActionResult corrected, String recipient) {
        return publish(corrected, EventIds.resultConfirmed(corrected.eventId(), recipient));
    }

    private Uni<Void> publish(ActionResult result, String id) {
        return emitter.sendMessage(CloudEventRecords.message(result, SOURCE, id, ActionResult.TYPE, result.contact()));
    }
}
