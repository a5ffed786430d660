package io.smsauto.matcher.memory;

import io.smsauto.events.InboundSms;

/**
 * Keys of {@code keyword-matcher.state}. The free-form part (a carrier message id, a multipart
 * reference) comes last, after fields that cannot hold the separator, so two keys never collide.
 */
public final class MemoryKeys {

    private static final String SEEN = "seen|";
    private static final String PARTS = "parts|";

    private MemoryKeys() {
    }

    /** One carrier message: the unit of de-duplication. */
    public static String seen(InboundSms sms) {
        return SEEN + sms.carrier() + "|" + sms.carrierMessageId();
    }

    /** One multipart message, whose parts share carrier, sender, receiver, part count and reference. */
    public static String parts(InboundSms part) {
        return PARTS + part.carrier() + "|" + part.from() + "|" + part.to() + "|" + part.multipart().total() + "|"
                + part.multipart().reference();
    }

    public static boolean isSeen(String key) {
        return key.startsWith(SEEN);
    }

    public static boolean isParts(String key) {
        return key.startsWith(PARTS);
    }
}
