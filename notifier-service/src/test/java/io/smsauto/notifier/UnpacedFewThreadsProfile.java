package io.smsauto.notifier;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The notifier unpaced, on {@value #CONCURRENCY} send threads: a burst outruns the threads at once. */
public class UnpacedFewThreadsProfile implements QuarkusTestProfile {

    static final int CONCURRENCY = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        // the burst is the first thing this JVM sends: a cold first call that outlasts the test timeout (5 s)
        // would leave its outcome unknown (FAILED), which is not what the test is about
        return Map.of("vonage.max-rate", "0", "notifier.concurrency", String.valueOf(CONCURRENCY),
                "vonage.timeout", "30s");
    }
}
