package io.smsauto.notifier.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** The turns {@link ContactOrder} hands out, and that it forgets a contact once its events ended. */
class ContactOrderUnitTest {

    private final ContactOrder order = new ContactOrder();
    private long offset;

    @Test
    void aContactsNextEventBeginsOnceTheOneBeforeEnded() {
        Message<?> first = arrived("+33612345678");
        Message<?> next = arrived("+33612345678");

        assertBegun(first);
        beginning(next).assertNotTerminated();

        order.onMessageAck(first);

        assertBegun(next);
    }

    @Test
    void aRefusedEventEndsItsTurnToo() {
        Message<?> refused = arrived("+33612345678");
        Message<?> next = arrived("+33612345678");

        order.onMessageNack(refused, new IllegalArgumentException("poison"));

        assertBegun(next);
    }

    @Test
    void otherContactsAndEventsWithoutKeyDoNotWait() {
        arrived("+33612345678");

        assertBegun(arrived("+33699999999"));
        assertBegun(arrived(null));
    }

    @Test
    void aContactIsForgottenOnceItsLastEventEnded() {
        Message<?> first = arrived("+33612345678");
        Message<?> next = arrived("+33612345678");

        order.onMessageAck(first);
        assertEquals(1, order.contactsInProgress());
        order.onMessageAck(next);

        assertEquals(0, order.contactsInProgress());
    }

    private Message<?> arrived(String contact) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("actions.send-reply", 0, offset++, contact, "{}");
        return order.afterMessageReceive(Message.of("{}").addMetadata(new IncomingKafkaRecordMetadata<>(record,
                "send-reply")));
    }

    private static void assertBegun(Message<?> event) {
        beginning(event).assertCompleted();
    }

    private static UniAssertSubscriber<Void> beginning(Message<?> event) {
        return event.getMetadata(ContactTurn.class).orElseThrow().begins()
                .subscribe().withSubscriber(UniAssertSubscriber.create());
    }
}
