package io.smsauto.gateway.webhook;

/**
 * How one webhook request ended, from the carrier's point of view: the {@code outcome} and
 * {@code reason} tags of the gateway's metrics.
 */
public record WebhookOutcome(String outcome, String reason) {

    public static final String NONE = "none";

    public static final WebhookOutcome ACCEPTED = new WebhookOutcome("accepted", NONE);
    /** 503: the broker did not take the message; the carrier delivers it again. */
    public static final WebhookOutcome UNAVAILABLE = new WebhookOutcome("unavailable", NONE);
    /** The carrier hung up before it was answered. */
    public static final WebhookOutcome ABANDONED = new WebhookOutcome("abandoned", NONE);

    public static WebhookOutcome of(int status, boolean answered) {
        if (!answered) {
            return ABANDONED;
        }
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        if (status == 503) {
            return UNAVAILABLE;
        }
        if (status >= 500) {
            return new WebhookOutcome("failed", "http-" + status);
        }
        return new WebhookOutcome("rejected", rejectionReason(status));
    }

    private static String rejectionReason(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "bad-signature";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }
}
