package io.smsauto.admin.rest;

/** A change was saved but could not be put on the changelog yet; the relay publishes it once the broker is back. */
public class ChangelogUnavailableException extends RuntimeException {

    public ChangelogUnavailableException(Throwable cause) {
        super(cause);
    }
}
