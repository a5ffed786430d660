package io.smsauto.contacts.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time in microseconds, as PostgreSQL stores it, so what is returned equals what is read back. */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
