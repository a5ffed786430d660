package io.smsauto.notifier.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.Map;

/**
 * The notifier with the Vonage rate limit off, against the benchmark's WireMock; its send-reply
 * channel starts paused, so that a burst can be queued first and then handled as a backlog.
 */
public class UnpacedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("vonage.max-rate", "0",
                "mp.messaging.incoming.send-reply.pausable", "true",
                "mp.messaging.incoming.send-reply.initially-paused", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedInfraTestResource.class), new TestResourceEntry(BenchmarkVonage.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
