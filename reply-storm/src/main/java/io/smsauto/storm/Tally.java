package io.smsauto.storm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many times each key was seen; safe to record from many threads. */
final class Tally {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void record(String key) {
        counts.computeIfAbsent(String.valueOf(key), k -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
    }

    int count(String key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    int total() {
        return total.get();
    }

    int distinct() {
        return counts.size();
    }

    /** Keys seen more than once. */
    long repeated() {
        return counts.values().stream().filter(c -> c.get() > 1).count();
    }

    Map<String, AtomicInteger> view() {
        return counts;
    }
}
