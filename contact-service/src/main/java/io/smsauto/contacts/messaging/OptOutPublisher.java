package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smsauto.contacts.OptStatus;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.OptOutStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Puts numbers' statuses on the compacted {@code contacts.opt-outs}, keyed by the number. */
@ApplicationScoped
public class OptOutPublisher {

    private final MutinyEmitter<OptOutStatus> emitter;

    // the relay sends one batch at once and waits for its acknowledgement: that bounds the buffer
    public OptOutPublisher(@Channel("opt-outs") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            MutinyEmitter<OptOutStatus> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(Collection<OptStatus> statuses) {
        return Emitters.sendAll(emitter, statuses.stream()
                .map(status -> CloudEventRecords.message(new OptOutStatus(status.number(), status.optedOut(), status.since()),
                        ActionResultPublisher.SOURCE, eventId(status), OptOutStatus.TYPE, status.number()))
                .toList());
    }

    /** The same status published again (by the repair) has the same id. */
    private static String eventId(OptStatus status) {
        String name = String.join("\u0000", "opt-out", status.number(), Boolean.toString(status.optedOut()),
                String.valueOf(status.since()));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
