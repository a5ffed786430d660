package io.smsauto.notifier;

import java.util.List;

/** The most events in any window of a given length, for the pacing tests and benchmark. */
public final class BusiestWindow {

    private BusiestWindow() {
    }

    /** The most of {@code times} (in order) within any window of {@code length}, in the same unit. */
    public static int of(List<Long> times, long length) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= length) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
