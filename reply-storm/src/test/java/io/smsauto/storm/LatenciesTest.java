package io.smsauto.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRank() {
        long[] millis = new long[100];
        for (int i = 0; i < 100; i++) {
            millis[99 - i] = i + 1;
        }
        Latencies latencies = new Latencies(millis);
        assertEquals(50, latencies.percentile(50));
        assertEquals(99, latencies.percentile(99));
        assertEquals(100, latencies.percentile(100));
        assertEquals(1, latencies.percentile(0));
    }

    @Test
    void noValuesGiveMinusOne() {
        assertEquals(-1, new Latencies(new long[0]).percentile(50));
    }
}
