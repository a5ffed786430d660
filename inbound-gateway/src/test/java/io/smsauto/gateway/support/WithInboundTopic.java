package io.smsauto.gateway.support;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For a {@code @QuarkusTest} that looks at what reached {@code sms.inbound}: {@link #topic} reads it during each test. */
public abstract class WithInboundTopic {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String bootstrapServers;

    protected InboundTopic topic;

    @BeforeEach
    void readInboundTopic() {
        topic = new InboundTopic(bootstrapServers);
    }

    @AfterEach
    void stopReading() {
        topic.close();
    }
}
