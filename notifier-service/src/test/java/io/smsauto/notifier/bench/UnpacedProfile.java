package io.smsauto.notifier.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.Map;

/** The notifier with the Vonage rate limit off, against the benchmark's WireMock. */
public class UnpacedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("vonage.max-rate", "0");
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
