package io.smsauto.notifier.repository;

import io.smsauto.notifier.SendOutcome;

/**
 * The answer to a claim on one send.
 *
 * @param granted  true when the caller now owns the send and must make it and record its outcome
 * @param recorded when not granted: what the send log holds (an earlier outcome, an unknown one
 *                 for a send that was started and never finished, or the loop guard's refusal)
 */
public record Claim(boolean granted, SendOutcome recorded) {

    public static Claim grant() {
        return new Claim(true, null);
    }

    public static Claim refuse(SendOutcome recorded) {
        return new Claim(false, recorded);
    }
}
