package io.smsauto.contacts.messaging;

/** A record that is not a usable action event of its topic: it goes to the topic's dead-letter queue. */
public class UnreadableEventException extends Exception {

    public UnreadableEventException(String message) {
        super(message);
    }
}
