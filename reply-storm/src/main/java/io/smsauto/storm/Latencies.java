package io.smsauto.storm;

import java.util.Arrays;

/** Percentiles of a set of durations, in milliseconds (nearest rank). */
final class Latencies {

    private final long[] sortedMillis;

    Latencies(long[] millis) {
        this.sortedMillis = millis.clone();
        Arrays.sort(sortedMillis);
    }

    int count() {
        return sortedMillis.length;
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    long percentile(double percent) {
        if (sortedMillis.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedMillis.length);
        return sortedMillis[Math.max(0, rank - 1)];
    }
}
