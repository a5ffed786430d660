package io.smsauto.gateway.webhook;

/** A webhook whose signature is missing, stale or wrong while the carrier's secret is configured: answered 401. */
public class WebhookSignatureException extends RuntimeException {

    public WebhookSignatureException(String reason) {
        super(reason);
    }
}
