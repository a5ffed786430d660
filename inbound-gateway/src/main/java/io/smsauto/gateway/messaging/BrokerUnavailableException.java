package io.smsauto.gateway.messaging;

/** The broker did not confirm a record in time: the carrier must retry later. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message) {
        super(message);
    }
}
