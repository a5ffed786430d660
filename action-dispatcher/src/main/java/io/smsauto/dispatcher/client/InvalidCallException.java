package io.smsauto.dispatcher.client;

/** The action cannot become an HTTP call (bad url, scheme or header): it fails at once, without retry. */
public class InvalidCallException extends RuntimeException {

    public InvalidCallException(String message) {
        super(message);
    }
}
