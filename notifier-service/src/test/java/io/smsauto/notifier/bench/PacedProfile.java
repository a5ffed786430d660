package io.smsauto.notifier.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.Map;

/** The notifier with the default Vonage rate limit (30/s), against the benchmark's WireMock. */
public class PacedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("vonage.max-rate", "30");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedInfraTestResource.class), new TestResourceEntry(BenchmarkVonage.class, Map.of("journal", "true")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
