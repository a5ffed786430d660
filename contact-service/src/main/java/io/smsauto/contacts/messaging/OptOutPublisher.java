package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.OptStatus;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;

/** Puts numbers' statuses on the compacted {@code contacts.opt-outs}, keyed by the number. */
@ApplicationScoped
public class OptOutPublisher {

    private final KafkaSender sender;

    public OptOutPublisher(KafkaSender sender) {
        this.sender = sender;
    }

    public Uni<Void> publish(Collection<OptStatus> statuses) {
        return sender.sendAll(ActionResultPublisher.SOURCE, statuses.stream()
                .map(status -> new KafkaSender.Event(Topics.CONTACTS_OPT_OUTS, status.number(),
                        new OptOutStatus(status.number(), status.optedOut(), status.since()), eventId(status),
                        OptOutStatus.TYPE))
                .toList());
    }

    /** The same status published again (by the repair) has the same id. */
    private static String eventId(OptStatus status) {
        String name = String.join("\u0000", "opt-out", status.number(), Boolean.toString(status.optedOut()),
                String.valueOf(status.since()));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
