package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.automation;
import static io.smsauto.matcher.Messages.reply;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static io.smsauto.matcher.Messages.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A carrier message fires once however often it arrives (DESIGN.md §4). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class RedeliveryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private MatcherKafka kafka;
    private String keyword;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY, Topics.ACTIONS_UNSUBSCRIBE);
        keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.EXACT, keyword, reply("Once")), keyword);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aMessageDeliveredThreeTimesFiresOnce() {
        InboundSms sms = sms(sender(), keyword);

        for (int delivery = 0; delivery < 3; delivery++) {
            kafka.publish(sms);
        }

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
        kafka.awaitHandledBefore(sms.from(), keyword, Topics.AUTOMATIONS_TRIGGERED);
        assertEquals(1, kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()).size());
        assertEquals(1, kafka.records(Topics.AUTOMATIONS_TRIGGERED, sms.id()).size());
    }

    @Test
    void aRedeliveryWithAnotherTextStillFiresNothing() {
        String from = sender();
        String carrierId = UUID.randomUUID().toString();
        InboundSms first = sms(from, carrierId, keyword);

        kafka.publish(first);
        kafka.publish(sms(from, carrierId, "STOP"));

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, first.id());
        kafka.awaitHandledBefore(from, "STOP", Topics.ACTIONS_UNSUBSCRIBE);
        assertEquals(0, kafka.records(Topics.ACTIONS_UNSUBSCRIBE, first.id()).size());
    }

    @Test
    void theSameMessageIdFromAnotherCarrierIsAnotherMessage() {
        String from = sender();
        String carrierId = UUID.randomUUID().toString();
        InboundSms vonage = sms(from, carrierId, keyword);
        InboundSms twilio = new InboundSms(EventIds.inboundMessage(Carrier.TWILIO, carrierId), Carrier.TWILIO, carrierId,
                from, Messages.TO, keyword, vonage.receivedAt(), null);

        kafka.publish(vonage);
        kafka.publish(twilio);

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, vonage.id());
        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, twilio.id());
    }
}
