package io.smsauto.notifier;

/** What one call to a provider (Vonage, an SMTP server) did with one message. */
public sealed interface Attempt {

    /**
     * The provider took the message.
     *
     * @param providerReference the provider's id(s) for it, comma-separated; null when it gives none
     * @param detail            a short description, e.g. {@code 2 segments}
     */
    record Accepted(String providerReference, String detail) implements Attempt {
    }

    /**
     * The provider refused the message, or could not be reached: nothing was sent.
     *
     * @param retryable true when the same message may be taken later (throttling, a provider's
     *                  internal error, no connection)
     */
    record Rejected(String reason, boolean retryable) implements Attempt {
    }

    /** The message left but no answer came back: it may have been sent, so it is never sent again. */
    record Unknown(String reason) implements Attempt {
    }
}
