package io.smsauto.contacts.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Message;

final class Emitters {

    private Emitters() {
    }

    /** Sends every message at once; completes when the broker has acknowledged them all. */
    static <T> Uni<Void> sendAll(MutinyEmitter<T> emitter, List<Message<T>> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(messages.stream().map(emitter::sendMessage).toList()).andFailFast().replaceWithVoid();
    }
}
