package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventIds;
import io.smsauto.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Puts results on {@code actions.results}, keyed by the contact, with the id derived from the action
 * event's: a repeated result is recognisable as the same one.
 */
@ApplicationScoped
public class ActionResultPublisher {

    static final String SOURCE = CloudEventRecords.source("contact-service");

    private final KafkaSender sender;

    public ActionResultPublisher(KafkaSender sender) {
        this.sender = sender;
    }

    public Uni<Void> publish(List<ActionResult> results) {
        return sender.sendAll(SOURCE, results.stream()
                .map(result -> new KafkaSender.Event(Topics.ACTIONS_RESULTS, result.contact(), result,
                        EventIds.result(result.eventId()), ActionResult.TYPE))
                .toList());
    }
}
