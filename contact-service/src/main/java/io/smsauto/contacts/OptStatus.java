package io.smsauto.contacts;

import io.smsauto.events.ResultStatus;
import java.time.Instant;

/**
 * Whether a number is opted out, since when, and the time of the newest STOP or START seen for it.
 * STOP and START arrive on two topics, so they can be applied in another order than they were sent:
 * a request older than the newest one seen is stale and changes nothing.
 *
 * @param since       when the current status began; null if it never changed
 * @param requestedAt the time of the newest STOP or START seen, applied or not; null if none
 */
public record OptStatus(String number, boolean optedOut, Instant since, Instant requestedAt) {

    public static OptStatus subscribed(String number) {
        return new OptStatus(number, false, null, null);
    }

    /** What a STOP ({@code optOut}) or START sent at {@code at} does to this status. */
    public Decision request(boolean optOut, Instant at) {
        if (requestedAt != null && at.isBefore(requestedAt)) {
            return new Decision(this, ResultStatus.SKIPPED, "superseded", false);
        }
        if (optedOut == optOut) {
            return new Decision(new OptStatus(number, optedOut, since, at), ResultStatus.SKIPPED,
                    optOut ? "already-opted-out" : "not-opted-out", false);
        }
        return new Decision(new OptStatus(number, optOut, at, at), ResultStatus.SUCCEEDED,
                optOut ? "opted-out" : "opted-in", true);
    }

    /**
     * An operator subscribes the number again at {@code at}. It does not take part in ordering STOP and
     * START: those carry the carrier's clock, and a STOP sent after this must never be taken as stale.
     */
    public Decision optedInByOperator(Instant at) {
        if (!optedOut) {
            return new Decision(this, ResultStatus.SKIPPED, "not-opted-out", false);
        }
        return new Decision(new OptStatus(number, false, at, requestedAt), ResultStatus.SUCCEEDED, "opted-in", true);
    }

    /** When the number opted out; null while it is subscribed. */
    public Instant optedOutAt() {
        return optedOut ? since : null;
    }

    /**
     * @param next    the status after the request
     * @param changed true when the number went from subscribed to opted out or back
     */
    public record Decision(OptStatus next, ResultStatus status, String detail, boolean changed) {
    }
}
