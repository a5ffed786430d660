package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.notifier.BusiestWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
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

    @Test
    void aCallBeyondTheRateInTheLastSecondWaitsUntilTheOldestIsASecondOld() {
        SendPacer pacer = new SendPacer(3);

        assertEquals(0, pacer.tryStart(0));
        assertEquals(0, pacer.tryStart(100));
        assertEquals(0, pacer.tryStart(200));
        assertEquals(SECOND - 300, pacer.tryStart(300), "a fourth call within the second");
        assertEquals(0, pacer.tryStart(SECOND));
        assertEquals(100, pacer.tryStart(SECOND), "the next waits for the second start to be a second old");
    }

    @Test
    void aCallThatWaitedStartsNothingWhileWaiting() {
        SendPacer pacer = new SendPacer(1);
        pacer.tryStart(0);

        assertEquals(SECOND / 2, pacer.tryStart(SECOND / 2));
        assertEquals(SECOND / 4, pacer.tryStart(3 * SECOND / 4), "asking again counted no start");
        assertEquals(0, pacer.tryStart(SECOND));
    }

    @Test
    void aFractionalRateAllowsAtLeastOneCallPerSecond() {
        SendPacer pacer = new SendPacer(0.5);

        assertEquals(0, pacer.tryStart(0));
        assertEquals(SECOND, pacer.tryStart(0));
    }

    @Test
    void aRateOfZeroDoesNotLimitStarts() {
        SendPacer pacer = new SendPacer(0);

        assertEquals(0, LongStream.range(0, 1000).map(i -> pacer.tryStart(0)).max().orElseThrow());
    }

    /**
     * 3,000 sends asked for at once at 30/s, each reaching its call 0 to 150 ms after its turn (a claim's
     * round trip, on a fake clock), and timers firing up to 5 ms late: no window of one second holds
     * more than 30 starts, and the average stays within 1 % of 30/s.
     */
    @Test
    void turnsReachingTheirCallUnevenlyNeverPutMoreThanTheRateInAnySecondAndKeepTheAverage() {
        SendPacer pacer = new SendPacer(30);
        Random random = new Random(42);
        PriorityQueue<long[]> readyToStart = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        for (int send = 0; send < 3_000; send++) {
            long turn = pacer.reserve(0);
            readyToStart.add(new long[] {turn + random.nextInt(150_000_000)});
        }
        List<Long> starts = new ArrayList<>();
        while (!readyToStart.isEmpty()) {
            long now = readyToStart.poll()[0];
            long wait = pacer.tryStart(now);
            if (wait == 0) {
                starts.add(now);
            } else {
                readyToStart.add(new long[] {now + wait + random.nextInt(5_000_000)});
            }
        }

        assertEquals(3_000, starts.size());
        assertTrue(BusiestWindow.of(starts, SECOND) <= 30, "at most 30 in one second, seen " + BusiestWindow.of(starts, SECOND));
        double rate = (starts.size() - 1) / ((starts.get(starts.size() - 1) - starts.get(0)) / (double) SECOND);
        assertEquals(30, rate, 0.3);
    }
}
