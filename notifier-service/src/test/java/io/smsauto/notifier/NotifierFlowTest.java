package io.smsauto.notifier;

import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the flow tests share: the notifier's topics on the test broker and the Vonage stand-in. */
abstract class NotifierFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "vonage.base-url")
    URI vonageUrl;

    NotifierTopics topics;
    VonageStubs vonage;

    @BeforeEach
    void connect() {
        topics = new NotifierTopics(bootstrapServers);
        vonage = new VonageStubs(vonageUrl);
    }

    @AfterEach
    void close() {
        topics.close();
    }
}
