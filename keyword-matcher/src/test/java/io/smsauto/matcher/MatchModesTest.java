package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.automation;
import static io.smsauto.matcher.Messages.reply;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static io.smsauto.matcher.Messages.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.Automation;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each match mode through the running service, and the events a match emits. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class MatchModesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private MatcherKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY, Topics.ACTIONS_ADD_TO_GROUP);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void exactFiresOnTheWholeMessageOnly() {
        String keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.EXACT, keyword, reply("exact")), keyword);
        String from = sender();
        InboundSms longer = sms(from, keyword + " please");
        InboundSms exact = sms(from, "  " + keyword.toUpperCase() + " !");

        kafka.publish(longer);
        kafka.publish(exact);

        assertEquals("exact", kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, exact.id()).at("/action/message").asText());
        assertTrue(kafka.records(Topics.ACTIONS_SEND_REPLY, longer.id()).isEmpty());
    }

    @Test
    void firstWordFiresOnALeadingPhraseOnly() {
        String word = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.FIRST_WORD, "rdv " + word, reply("args: {{args}}")),
                "rdv " + word);
        String from = sender();
        InboundSms elsewhere = sms(from, "demain rdv " + word);
        InboundSms leading = sms(from, "RDV " + word.toUpperCase() + " demain 10h");

        kafka.publish(elsewhere);
        kafka.publish(leading);

        assertEquals("args: demain 10h",
                kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, leading.id()).at("/action/message").asText());
        assertTrue(kafka.records(Topics.ACTIONS_SEND_REPLY, elsewhere.id()).isEmpty());
    }

    @Test
    void containsFiresOnWholeWordsAnywhere() {
        String keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.CONTAINS, keyword, reply("contains")), keyword);
        String from = sender();
        InboundSms partOfAWord = sms(from, "je veux " + keyword + "s merci");
        InboundSms wholeWord = sms(from, "je veux " + keyword + ", merci");

        kafka.publish(partOfAWord);
        kafka.publish(wholeWord);

        assertEquals("contains", kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, wholeWord.id()).at("/action/message").asText());
        assertTrue(kafka.records(Topics.ACTIONS_SEND_REPLY, partOfAWord.id()).isEmpty());
    }

    @Test
    void theMostSpecificModeWins() {
        String keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.CONTAINS, keyword, reply("contains")), "x " + keyword);
        Automation exact = automation(MatchMode.EXACT, keyword, reply("exact"));
        kafka.publishAndAwaitFiring(exact, keyword);
        InboundSms sms = sms(sender(), keyword);

        kafka.publish(sms);

        assertEquals("exact", kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id()).at("/action/message").asText());
    }

    @Test
    void eachActionIsOneEventOnItsTypesTopicKeyedByTheContactWithADeterministicId() {
        String keyword = word();
        Automation automation = automation(MatchMode.EXACT, keyword, reply("Hi {{from}}"),
                Messages.addToGroup(UUID.randomUUID().toString()));
        kafka.publishAndAwaitFiring(automation, keyword);
        InboundSms sms = sms(sender(), keyword);

        kafka.publish(sms);

        kafka.awaitEvent(Topics.ACTIONS_ADD_TO_GROUP, sms.id());
        ConsumerRecord<String, String> reply = awaitOne(Topics.ACTIONS_SEND_REPLY, sms.id());
        ConsumerRecord<String, String> join = awaitOne(Topics.ACTIONS_ADD_TO_GROUP, sms.id());
        assertEquals(sms.from(), reply.key());
        assertEquals(sms.from(), join.key());
        assertEquals("Hi " + sms.from(), MatcherKafka.tree(reply.value()).at("/action/message").asText());
        String replyId = EventIds.action(sms.id(), automation.actions().get(0).id());
        assertEquals(replyId, MatcherKafka.header(reply, "ce_id"));
        assertEquals(replyId, MatcherKafka.tree(reply.value()).at("/eventId").asText());
        assertEquals("smsauto.action.send-reply.v1", MatcherKafka.header(reply, "ce_type"));
        assertEquals(EventIds.action(sms.id(), automation.actions().get(1).id()), MatcherKafka.header(join, "ce_id"));
        assertEquals("smsauto.action.add-to-group.v1", MatcherKafka.header(join, "ce_type"));
    }

    @Test
    void aMatchEmitsOneTriggeredEventListingItsActionEvents() {
        String keyword = word();
        Automation automation = automation(MatchMode.FIRST_WORD, keyword, reply("one"), reply("two"));
        kafka.publishAndAwaitFiring(automation, keyword);
        InboundSms sms = sms(sender(), keyword + " now");

        kafka.publish(sms);

        ConsumerRecord<String, String> record = awaitOne(Topics.AUTOMATIONS_TRIGGERED, sms.id());
        JsonNode triggered = MatcherKafka.tree(record.value());
        assertEquals(sms.from(), record.key());
        assertEquals(EventIds.triggered(sms.id()), MatcherKafka.header(record, "ce_id"));
        assertEquals("smsauto.automation.triggered.v1", MatcherKafka.header(record, "ce_type"));
        assertEquals(automation.id(), triggered.at("/automation/id").asText());
        assertEquals(keyword, triggered.at("/keyword").asText());
        List<String> listed = triggered.findValuesAsText("eventId").stream()
                .filter(id -> !id.equals(triggered.at("/eventId").asText())).toList();
        assertEquals(automation.actions().stream().map(a -> EventIds.action(sms.id(), a.id())).toList(), listed);
        assertEquals(2, kafka.awaitEvents(Topics.ACTIONS_SEND_REPLY, sms.id(), 2).size());
    }

    private ConsumerRecord<String, String> awaitOne(String topic, String messageId) {
        kafka.awaitEvent(topic, messageId);
        List<ConsumerRecord<String, String>> records = kafka.records(topic, messageId);
        assertEquals(1, records.size(), topic);
        return records.get(0);
    }
}
