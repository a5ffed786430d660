package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SendPacerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void turnsAskedForAtOnceAreSpacedByOneOverTheRate() {
        SendPacer pacer = new SendPacer(30);

        long[] waits = LongStream.range(0, 31).map(i -> pacer.reserve(0)).toArray();

        assertEquals(0, waits[0]);
        assertEquals(Math.round(SECOND / 30.0), waits[1]);
        assertEquals(30 * Math.round(SECOND / 30.0), waits[30], "the 31st call comes a second after the first");
    }

    @Test
    void anIdlePacerGivesTheNextTurnAtOnceButBanksNoBurst() {
        SendPacer pacer = new SendPacer(10);
        pacer.reserve(0);

        assertEquals(0, pacer.reserve(5 * SECOND));
        assertEquals(SECOND / 10, pacer.reserve(5 * SECOND), "idle seconds do not let a burst through");
    }

    @Test
    void aRateOfZeroDoesNotPace() {
        SendPacer pacer = new SendPacer(0);

        assertEquals(0, LongStream.range(0, 1000).map(i -> pacer.reserve(0)).max().orElseThrow());
    }

    @Test
    void timesBeforeTheFirstTurnAreNoProblem() {
        SendPacer pacer = new SendPacer(2);

        assertEquals(0, pacer.reserve(-10 * SECOND), "System.nanoTime may be negative");
        assertEquals(SECOND / 2, pacer.reserve(-10 * SECOND));
    }

    @Test
    void aWaitIsRoundedUpToWholeMillisecondsSinceVertxTimersRefuseLessThanOne() {
        assertEquals(Duration.ZERO, SendPacer.delay(0));
        assertEquals(Duration.ofMillis(1), SendPacer.delay(1));
        assertEquals(Duration.ofMillis(1), SendPacer.delay(999_999));
        assertEquals(Duration.ofMillis(1), SendPacer.delay(1_000_000));
        assertEquals(Duration.ofMillis(34), SendPacer.delay(Math.round(SECOND / 30.0)));
    }
}
