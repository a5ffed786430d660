package io.smsauto.matcher.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.Topics;
import io.smsauto.matcher.service.Reaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Emits a reaction's events, each action to its type's topic, keyed by the contact; completes once all are stored. */
@ApplicationScoped
public class ReactionPublisher {

    private static final String SOURCE = CloudEventRecords.source("keyword-matcher");

    private final MutinyEmitter<Object> emitter;

    public ReactionPublisher(@Channel("matcher-events") MutinyEmitter<Object> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(Reaction reaction) {
        List<Uni<Void>> sent = new ArrayList<>();
        for (ActionRequested action : reaction.actions()) {
            sent.add(send(CloudEventRecords.message(action, SOURCE, action.eventId(), action.action().type().eventType(),
                    action.contact(), action.action().type().topic())));
        }
        AutomationTriggered triggered = reaction.triggered();
        if (triggered != null) {
            sent.add(send(CloudEventRecords.message(triggered, SOURCE, triggered.eventId(), AutomationTriggered.TYPE,
                    triggered.message().from(), Topics.AUTOMATIONS_TRIGGERED)));
        }
        return sent.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sent).andFailFast().replaceWithVoid();
    }

    private Uni<Void> send(Message<?> message) {
        @SuppressWarnings("unchecked")
        Message<Object> untyped = (Message<Object>) message;
        return emitter.sendMessage(untyped);
    }
}
