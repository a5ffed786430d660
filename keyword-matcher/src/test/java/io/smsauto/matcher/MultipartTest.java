package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.part;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.wholeMessageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.matcher.config.MatcherConfig;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Multipart SMS through the running service: reassembled before matching, whatever the order, or matched as they are after the timeout. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class MultipartTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MatcherConfig config;

    private MatcherKafka kafka;
    private String keyword;
    private final String run = UUID.randomUUID().toString();

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY);
        keyword = kafka.echoingKeyword();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void partsInOrderAreMatchedAsOneMessage() {
        String from = sender();

        kafka.publish(part(from, id("a1"), "17", 2, 1, "hello I would like "));
        kafka.publish(part(from, id("a2"), "17", 2, 2, keyword + " please"));

        assertEquals("Got hello I would like " + keyword + " please", replyTo(wholeMessageId(id("a1"), id("a2"))));
    }

    @Test
    void partsOutOfOrderAreMatchedInTextOrder() {
        String from = sender();

        kafka.publish(part(from, id("b3"), "42", 3, 3, " please"));
        kafka.publish(part(from, id("b1"), "42", 3, 1, "hello I would like "));
        kafka.publish(part(from, id("b2"), "42", 3, 2, keyword));

        assertEquals("Got hello I would like " + keyword + " please",
                replyTo(wholeMessageId(id("b1"), id("b2"), id("b3"))));
    }

    @Test
    void noPartIsMatchedOnItsOwn() {
        String from = sender();
        InboundSms first = part(from, id("c1"), "7", 2, 1, keyword + " first half ");
        InboundSms second = part(from, id("c2"), "7", 2, 2, "second half");

        kafka.publish(first);
        kafka.publish(second);

        replyTo(wholeMessageId(id("c1"), id("c2")));
        kafka.awaitHandledBefore(from, keyword, Topics.AUTOMATIONS_TRIGGERED);
        assertTrue(kafka.records(Topics.AUTOMATIONS_TRIGGERED, first.id()).isEmpty());
        assertTrue(kafka.records(Topics.AUTOMATIONS_TRIGGERED, second.id()).isEmpty());
        assertEquals(1, kafka.records(Topics.AUTOMATIONS_TRIGGERED, wholeMessageId(id("c1"), id("c2"))).size());
    }

    @Test
    void aMessageMissingAPartIsMatchedAsItIsAfterTheTimeout() {
        String from = sender();
        Instant sent = Instant.now();

        kafka.publish(part(from, id("d1"), "9", 3, 1, "hello "));
        kafka.publish(part(from, id("d3"), "9", 3, 3, keyword));

        assertEquals("Got hello " + keyword, replyTo(wholeMessageId(id("d1"), id("d3"))));
        assertTrue(Duration.between(sent, Instant.now()).compareTo(config.multipartTimeout()) >= 0,
                "matched before the timeout");
    }

    @Test
    void aRedeliveredPartIsCountedOnce() {
        String from = sender();

        kafka.publish(part(from, id("e1"), "3", 2, 1, keyword + " "));
        kafka.publish(part(from, id("e1"), "3", 2, 1, keyword + " "));
        kafka.publish(part(from, id("e2"), "3", 2, 2, "end"));

        assertEquals("Got " + keyword + " end", replyTo(wholeMessageId(id("e1"), id("e2"))));
    }

    @Test
    void aReferenceUsedAgainLaterStartsAnotherMessage() {
        String from = sender();
        kafka.publish(part(from, id("f1"), "5", 2, 1, keyword + " one "));
        kafka.publish(part(from, id("f2"), "5", 2, 2, "time"));
        replyTo(wholeMessageId(id("f1"), id("f2")));

        kafka.publish(part(from, id("g1"), "5", 2, 1, keyword + " two "));
        kafka.publish(part(from, id("g2"), "5", 2, 2, "times"));

        assertEquals("Got " + keyword + " two times", replyTo(wholeMessageId(id("g1"), id("g2"))));
    }

    /** A carrier message id of this test run. */
    private String id(String name) {
        return name + "-" + run;
    }

    private String replyTo(String messageId) {
        JsonNode reply = kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, messageId);
        return reply.at("/action/message").asText();
    }
}
