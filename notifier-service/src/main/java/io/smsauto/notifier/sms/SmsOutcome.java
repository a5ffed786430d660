package io.smsauto.notifier.sms;

import io.smsauto.events.ResultStatus;

/**
 * What became of one SMS.
 *
 * @param providerReference the provider's message id(s), comma-separated when the text took several segments
 */
public record SmsOutcome(ResultStatus status, String detail, String providerReference) {

    public static SmsOutcome sent(String providerReference, int segments) {
        return new SmsOutcome(ResultStatus.SUCCEEDED, segments + (segments == 1 ? " segment" : " segments"),
                providerReference);
    }

    public static SmsOutcome failed(String detail) {
        return new SmsOutcome(ResultStatus.FAILED, detail, null);
    }
}
