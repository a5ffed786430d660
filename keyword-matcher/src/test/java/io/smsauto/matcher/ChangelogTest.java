package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.automation;
import static io.smsauto.matcher.Messages.reply;
import static io.smsauto.matcher.Messages.word;
import static org.awaitility.Awaitility.await;

import io.quarkus.logging.Log;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.matcher.changelog.AutomationCatalog;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changes on {@code automations.changelog} reach a running matcher: an update, a delete and a
 * disable. Each automation under test shadows a fallback on the same word (a less specific mode),
 * so that its removal shows as the fallback's reply rather than as silence.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ChangelogTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AutomationCatalog catalog;

    private MatcherKafka kafka;
    private String keyword;
    private Automation automation;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY);
        keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.CONTAINS, keyword, reply("fallback")), "a " + keyword);
        automation = automation(MatchMode.EXACT, keyword, reply("v1"));
        kafka.publishAndAwaitFiring(automation, keyword);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anUpdateTakesEffect() {
        kafka.publish(Messages.withActions(automation, reply("v2")));

        awaitIndexChange();
        kafka.probeUntil(keyword, Topics.ACTIONS_SEND_REPLY, reply -> "v2".equals(reply.at("/action/message").asText()));
    }

    @Test
    void aDeleteTakesEffect() {
        kafka.delete(automation);

        awaitIndexChange();
        kafka.probeUntil(keyword, Topics.ACTIONS_SEND_REPLY,
                reply -> "fallback".equals(reply.at("/action/message").asText()));
    }

    @Test
    void disablingTakesEffect() {
        kafka.publish(Messages.disabled(automation));

        awaitIndexChange();
        kafka.probeUntil(keyword, Topics.ACTIONS_SEND_REPLY,
                reply -> "fallback".equals(reply.at("/action/message").asText()));
    }

    /** Waits for the index to serve something other than v1, and logs how long that took after the broker had the change. */
    private void awaitIndexChange() {
        long acknowledged = System.nanoTime();
        await().atMost(MatcherKafka.PATIENCE).pollInterval(Duration.ofMillis(10)).until(() -> catalog.index()
                .match(Messages.TO, keyword).map(m -> !m.automation().actions().get(0).message().equals("v1"))
                .orElse(true));
        Log.infof("The index changed %d ms after the broker acknowledged the change",
                (System.nanoTime() - acknowledged) / 1_000_000);
    }
}
