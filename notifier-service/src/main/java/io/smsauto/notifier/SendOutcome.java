package io.smsauto.notifier;

import io.smsauto.events.ResultStatus;

/**
 * What became of one message to one recipient, as the send log records it.
 *
 * @param providerReference the provider's id(s) for the message, comma-separated; null when none
 * @param attempts          how many calls to the provider it took; 0 when none was made
 */
public record SendOutcome(ResultStatus status, String detail, String providerReference, int attempts) {

    /** How the detail of every send whose outcome is unknown begins, whatever made it unknown. */
    public static final String UNKNOWN_PREFIX = "outcome-unknown";

    /** The detail of a send that was claimed and whose outcome is not recorded: still going on elsewhere, or cut short. */
    public static final String OUTCOME_UNKNOWN = UNKNOWN_PREFIX + ": this message was already being sent (by another "
            + "consumer, or before a restart) and its result is not recorded; not sent again";

    /**
     * True for a send reported {@code outcome-unknown}: claimed and never recorded (stopped mid-send, or
     * sent elsewhere), or whose request left without an answer; it may have reached the provider.
     */
    public static boolean isUnknown(ResultStatus status, String detail) {
        return status == ResultStatus.FAILED && detail != null && detail.startsWith(UNKNOWN_PREFIX);
    }

    public boolean isUnknown() {
        return isUnknown(status, detail);
    }

    public static SendOutcome skipped(String reason) {
        return new SendOutcome(ResultStatus.SKIPPED, reason, null, 0);
    }

    public static SendOutcome failed(String detail, int attempts) {
        return new SendOutcome(ResultStatus.FAILED, detail, null, attempts);
    }

    public static SendOutcome unknown() {
        return failed(OUTCOME_UNKNOWN, 1);
    }

    /** The final outcome of {@code attempts} calls, the last of which gave {@code last}. */
    public static SendOutcome after(Attempt last, int attempts) {
        if (last instanceof Attempt.Accepted accepted) {
            return new SendOutcome(ResultStatus.SUCCEEDED, accepted.detail(), accepted.providerReference(), attempts);
        }
        if (last instanceof Attempt.Rejected rejected) {
            String detail = rejected.retryable() ? "gave up after " + attempts + " attempts: " + rejected.reason()
                    : rejected.reason();
            return failed(detail, attempts);
        }
        return failed(UNKNOWN_PREFIX + ": " + ((Attempt.Unknown) last).reason()
                + "; the message may have been sent and is not sent again", attempts);
    }
}
