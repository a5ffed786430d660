package io.smsauto.admin.client;

/** contact-service could not say whether a list exists: nothing is saved unchecked, the API answers 503. */
public class ContactServiceUnavailableException extends RuntimeException {

    public ContactServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
