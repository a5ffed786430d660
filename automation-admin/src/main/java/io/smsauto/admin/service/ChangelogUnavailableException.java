package io.smsauto.admin.service;

import java.util.UUID;

/** A change was saved but could not be put on the changelog yet; the relay publishes it once the broker is back. */
public class ChangelogUnavailableException extends RuntimeException {

    private final UUID automationId;

    public ChangelogUnavailableException(UUID automationId, Throwable cause) {
        super(cause);
        this.automationId = automationId;
    }

    public UUID automationId() {
        return automationId;
    }
}
