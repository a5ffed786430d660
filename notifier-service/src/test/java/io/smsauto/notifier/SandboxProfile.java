package io.smsauto.notifier;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;

/** The notifier as bin/run starts it by default: no Vonage credentials (SMS to the sandbox), no SMTP host (email logged). */
public class SandboxProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedInfraTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
