package io.smsauto.notifier;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The notifier unpaced, on {@value #CONCURRENCY} send threads: a burst outruns the threads at once. With
 * {@value #SEND_LOG_WRITERS} send-log writers, a number that does not divide the slots, so that the slots'
 * writes are spread unevenly over several writers.
 */
public class UnpacedFewThreadsProfile implements QuarkusTestProfile {

    static final int CONCURRENCY = 4;
    static final int SEND_LOG_WRITERS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        // the burst is the first thing this JVM sends: a cold first call that outlasts the test timeout (5 s)
        // would leave its outcome unknown (FAILED), which is not what the test is about
        return Map.of("vonage.max-rate", "0", "notifier.concurrency", String.valueOf(CONCURRENCY),
                "vonage.timeout", "30s", "notifier.send-log-writers", String.valueOf(SEND_LOG_WRITERS));
    }
}
