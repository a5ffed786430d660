package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smsauto.contacts.service.AddToGroupHandler;
import io.smsauto.contacts.service.OptInHandler;
import io.smsauto.contacts.service.RemoveFromGroupHandler;
import io.smsauto.contacts.service.UnsubscribeHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The four action topics this service runs, each consumed in batches (application.properties). */
@ApplicationScoped
public class ActionConsumers {

    private final ActionBatches batches;
    private final AddToGroupHandler addToGroup;
    private final RemoveFromGroupHandler removeFromGroup;
    private final UnsubscribeHandler unsubscribe;
    private final OptInHandler optIn;

    public ActionConsumers(ActionBatches batches, AddToGroupHandler addToGroup, RemoveFromGroupHandler removeFromGroup,
            UnsubscribeHandler unsubscribe, OptInHandler optIn) {
        this.batches = batches;
        this.addToGroup = addToGroup;
        this.removeFromGroup = removeFromGroup;
        this.unsubscribe = unsubscribe;
        this.optIn = optIn;
    }

    @Incoming("add-to-group")
    public Uni<Void> addToGroup(KafkaRecordBatch<String, String> batch) {
        return batches.handle(batch, addToGroup);
    }

    @Incoming("remove-from-group")
    public Uni<Void> removeFromGroup(KafkaRecordBatch<String, String> batch) {
        return batches.handle(batch, removeFromGroup);
    }

    @Incoming("unsubscribe")
    public Uni<Void> unsubscribe(KafkaRecordBatch<String, String> batch) {
        return batches.handle(batch, unsubscribe);
    }

    @Incoming("opt-in")
    public Uni<Void> optIn(KafkaRecordBatch<String, String> batch) {
        return batches.handle(batch, optIn);
    }
}
