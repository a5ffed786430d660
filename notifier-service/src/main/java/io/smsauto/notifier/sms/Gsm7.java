package io.smsauto.notifier.sms;

/** Whether a text can be sent in the GSM 03.38 alphabet, or needs UCS-2 ("unicode" at Vonage). */
final class Gsm7 {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private Gsm7() {
    }

    static boolean fits(String text) {
        return text.codePoints().allMatch(c -> c < 0x10000
                && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0));
    }
}
