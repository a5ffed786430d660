package io.smsauto.notifier.repository;

import io.smsauto.notifier.sms.OutgoingSms;

/**
 * An SMS kept to be sent once more if no delivery receipt settles its unknown outcome.
 *
 * @param reachesOptedOut true for a reply to a built-in keyword, sent even to a number that opted out
 */
public record KeptSms(OutgoingSms sms, boolean reachesOptedOut) {

    public SendKey send() {
        return new SendKey(sms.reference(), sms.to());
    }
}
