package io.smsauto.notifier.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** quarkus-mailer's default host (localhost) does not count as an SMTP server to send to. */
class EmailChannelProducerTest {

    @Test
    void theMailersDefaultHostIsNotAConfiguredOne() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withDefaultValue("quarkus.mailer.host", "localhost").build();

        assertFalse(EmailChannelProducer.hostConfigured(config.getConfigValue("quarkus.mailer.host")));
    }

    @Test
    void aHostFromTheEnvironmentIsConfigured() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.mailer.host", "localhost")
                .withSources(new PropertiesConfigSource(Map.of("quarkus.mailer.host", "localhost"), "env", 300))
                .build();

        assertTrue(EmailChannelProducer.hostConfigured(config.getConfigValue("quarkus.mailer.host")));
    }
}
