package io.smsauto.contacts;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh contact numbers, so tests never share a contact. */
final class Numbers {

    private Numbers() {
    }

    /** A French mobile in E.164: +336 and 8 digits. */
    static String fresh() {
        return "+336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
