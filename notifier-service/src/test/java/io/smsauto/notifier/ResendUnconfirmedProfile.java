package io.smsauto.notifier;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The notifier sending once more an SMS whose outcome no receipt settled within {@value #AFTER}. */
public class ResendUnconfirmedProfile implements QuarkusTestProfile {

    static final String AFTER = "4s";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("notifier.resend-unconfirmed-after", AFTER);
    }
}
