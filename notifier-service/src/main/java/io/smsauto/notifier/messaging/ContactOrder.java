package io.smsauto.notifier.messaging;

import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps one contact's action events of a channel in the order they arrived (DESIGN.md §5: the record key is
 * the contact), while the events of different contacts run at once. SmallRye calls an incoming interceptor
 * for each record in its channel's order, before the events go to the worker threads, which may start them
 * in any order: so each event gets its {@link ContactTurn} here, behind the last event of its contact still
 * in progress, and the consumer method begins once that turn comes. A turn ends when its event is
 * acknowledged or refused. Kafka's own key-ordered processing is not used: it stopped a channel for good
 * after a rebalance (README, Concurrency). One per action channel ({@link ContactOrders}), none elsewhere.
 */
final class ContactOrder implements IncomingInterceptor {

    private final ConcurrentMap<String, ContactTurn> lastTurns = new ConcurrentHashMap<>();

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        String contact = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey).map(Objects::toString).orElse(null);
        if (contact == null) {
            return message.addMetadata(ContactTurn.first(null));
        }
        ContactTurn[] turn = new ContactTurn[1];
        lastTurns.compute(contact, (key, last) -> turn[0] = last == null ? ContactTurn.first(key) : last.next());
        return message.addMetadata(turn[0]);
    }

    @Override
    public void onMessageAck(Message<?> message) {
        end(message);
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        end(message);
    }

    /** The contacts with an event still in progress. */
    int contactsInProgress() {
        return lastTurns.size();
    }

    private void end(Message<?> message) {
        message.getMetadata(ContactTurn.class).ifPresent(turn -> {
            turn.end();
            if (turn.contact() != null) {
                lastTurns.remove(turn.contact(), turn);
            }
        });
    }
}
