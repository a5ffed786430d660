package io.smsauto.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.ResultStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OptStatusTest {

    private static final String NUMBER = "+33612345678";
    private static final Instant T1 = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void stopOptsASubscribedNumberOutSinceItWasSent() {
        OptStatus.Decision decision = OptStatus.subscribed(NUMBER).request(true, T1);

        assertEquals(new OptStatus(NUMBER, true, T1, T1), decision.next());
        assertEquals(ResultStatus.SUCCEEDED, decision.status());
        assertEquals("opted-out", decision.detail());
        assertTrue(decision.changed());
        assertEquals(T1, decision.next().optedOutAt());
    }

    @Test
    void aSecondStopKeepsTheFirstsTimeButRemembersItWasSeen() {
        OptStatus optedOut = new OptStatus(NUMBER, true, T1, T1);

        OptStatus.Decision decision = optedOut.request(true, T2);

        assertEquals(new OptStatus(NUMBER, true, T1, T2), decision.next());
        assertEquals(ResultStatus.SKIPPED, decision.status());
        assertEquals("already-opted-out", decision.detail());
        assertFalse(decision.changed());
    }

    @Test
    void startOptsAnOptedOutNumberBackIn() {
        OptStatus.Decision decision = new OptStatus(NUMBER, true, T1, T1).request(false, T2);

        assertEquals(new OptStatus(NUMBER, false, T2, T2), decision.next());
        assertEquals("opted-in", decision.detail());
        assertTrue(decision.changed());
        assertNull(decision.next().optedOutAt());
    }

    @Test
    void startForASubscribedNumberIsSkipped() {
        OptStatus.Decision decision = OptStatus.subscribed(NUMBER).request(false, T1);

        assertEquals(ResultStatus.SKIPPED, decision.status());
        assertEquals("not-opted-out", decision.detail());
        assertEquals(T1, decision.next().requestedAt());
    }

    @Test
    void aRequestOlderThanTheNewestSeenIsSupersededAndChangesNothing() {
        OptStatus subscribedAtT2 = new OptStatus(NUMBER, false, null, T2);

        OptStatus.Decision decision = subscribedAtT2.request(true, T1);

        assertEquals(subscribedAtT2, decision.next());
        assertEquals(ResultStatus.SKIPPED, decision.status());
        assertEquals("superseded", decision.detail());
        assertFalse(decision.changed());
    }

    @Test
    void requestsSentAtTheSameTimeApplyInTheOrderTheyArrive() {
        OptStatus.Decision stop = OptStatus.subscribed(NUMBER).request(true, T1);
        OptStatus.Decision start = stop.next().request(false, T1);

        assertTrue(start.changed());
        assertFalse(start.next().optedOut());
    }

    @Test
    void anOperatorOptInSubscribesWithoutTakingPartInOrdering() {
        OptStatus.Decision decision = new OptStatus(NUMBER, true, T1, T1).optedInByOperator(T2);

        assertEquals(new OptStatus(NUMBER, false, T2, T1), decision.next());
        assertTrue(decision.changed());
        assertTrue(decision.next().request(true, T1.plusSeconds(1)).changed(), "a STOP sent after T1 still counts");
    }

    @Test
    void anOperatorOptInOfASubscribedNumberChangesNothing() {
        OptStatus subscribed = OptStatus.subscribed(NUMBER);

        OptStatus.Decision decision = subscribed.optedInByOperator(T2);

        assertEquals(subscribed, decision.next());
        assertFalse(decision.changed());
    }
}
