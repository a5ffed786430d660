package io.smsauto.notifier.sms;

import java.io.IOException;

/** Vonage answered with an HTTP error status: the request was refused, nothing was sent. */
class VonageHttpStatusException extends IOException {

    private final int status;

    VonageHttpStatusException(int status, String reason) {
        super("HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason));
        this.status = status;
    }

    /** 429 and 5xx: Vonage may take the same request later. */
    boolean retryable() {
        return status == 429 || status >= 500;
    }
}
