package io.smsauto.system;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Numbers, keywords and ids no other test uses, so that tests share the running system without meeting. */
final class Unique {

    private static final AtomicLong NEXT_NUMBER = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));

    private Unique() {
    }

    /** A French mobile number in E.164. */
    static String number() {
        return "+336" + NEXT_NUMBER.getAndIncrement();
    }

    /** A keyword of letters only, unlikely to be a word any other automation listens for. */
    static String keyword(String prefix) {
        StringBuilder keyword = new StringBuilder(prefix.toUpperCase());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            keyword.append((char) ('A' + random.nextInt(26)));
        }
        return keyword.toString();
    }

    static String id() {
        return UUID.randomUUID().toString();
    }
}
