package io.smsauto.notifier;

import io.smsauto.notifier.repository.LoopGuardLimit;
import io.smsauto.notifier.repository.SendRepository;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the flow tests share: the notifier's topics on the test broker, the Vonage stand-in and the send log. */
abstract class NotifierFlowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "vonage.base-url")
    URI vonageUrl;

    @Inject
    SendRepository sends;

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

    /** The claim of a send that was under way when the process stopped: its outcome is unknown. */
    void cutShort(String eventId, String recipient) {
        sends.claim(eventId, recipient, new LoopGuardLimit(5, Duration.ofMinutes(10)));
    }
}
