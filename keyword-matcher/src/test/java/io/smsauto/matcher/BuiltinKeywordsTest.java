package io.smsauto.matcher;

import static io.smsauto.matcher.Messages.automation;
import static io.smsauto.matcher.Messages.reply;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.matcher.config.BuiltinConfig;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in keywords of DESIGN.md §4 through the running service: each of them, and what is not one. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class BuiltinKeywordsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    BuiltinConfig builtins;

    private MatcherKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY, Topics.ACTIONS_UNSUBSCRIBE,
                Topics.ACTIONS_OPT_IN);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void everyOptOutKeywordUnsubscribesWithOneConfirmation() {
        List<InboundSms> messages = builtins.optOut().stream().map(k -> sms(sender(), k.toLowerCase() + ".")).toList();

        messages.forEach(kafka::publish);

        for (InboundSms sms : messages) {
            JsonNode unsubscribe = kafka.awaitEvent(Topics.ACTIONS_UNSUBSCRIBE, sms.id());
            JsonNode confirmation = kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
            assertEquals("OPT_OUT", unsubscribe.at("/builtin").asText(), sms.text());
            assertTrue(unsubscribe.at("/automation").isMissingNode(), sms.text());
            assertEquals("UNSUBSCRIBE", unsubscribe.at("/action/type").asText(), sms.text());
            assertEquals(builtins.optOutReply().orElseThrow(), confirmation.at("/action/message").asText(), sms.text());
            assertEquals(EventIds.action(sms.id(), "builtin:opt-out"), unsubscribe.at("/eventId").asText());
        }
        InboundSms last = messages.get(messages.size() - 1);
        kafka.awaitHandledBefore(last.from(), "STOP", Topics.ACTIONS_UNSUBSCRIBE);
        kafka.awaitHandledBefore(last.from(), "HELP", Topics.ACTIONS_SEND_REPLY);
        assertEquals(1, kafka.records(Topics.ACTIONS_UNSUBSCRIBE, last.id()).size());
        assertEquals(1, kafka.records(Topics.ACTIONS_SEND_REPLY, last.id()).size());
    }

    @Test
    void accentsCaseAndPunctuationDoNotHideAnOptOut() {
        List<InboundSms> messages = List.of(sms(sender(), "Arrêt"), sms(sender(), "  Désinscription !"),
                sms(sender(), "ＳＴＯＰ"), sms(sender(), "'stop'"));

        messages.forEach(kafka::publish);

        messages.forEach(sms -> kafka.awaitEvent(Topics.ACTIONS_UNSUBSCRIBE, sms.id()));
    }

    @Test
    void aSentenceHoldingStopIsNotAnOptOut() {
        String from = sender();
        InboundSms chat = sms(from, "please stop texting me");

        kafka.publish(chat);

        kafka.awaitHandledBefore(from, "STOP", Topics.ACTIONS_UNSUBSCRIBE);
        assertTrue(kafka.records(Topics.ACTIONS_UNSUBSCRIBE, chat.id()).isEmpty());
    }

    @Test
    void everyOptInKeywordOptsInWithAReply() {
        List<InboundSms> messages = builtins.optIn().stream().map(k -> sms(sender(), k)).toList();

        messages.forEach(kafka::publish);

        for (InboundSms sms : messages) {
            JsonNode optIn = kafka.awaitEvent(Topics.ACTIONS_OPT_IN, sms.id());
            assertEquals("OPT_IN", optIn.at("/builtin").asText());
            assertEquals("OPT_IN", optIn.at("/action/type").asText());
            assertEquals(builtins.optInReply().orElseThrow(),
                    kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id()).at("/action/message").asText());
        }
    }

    @Test
    void everyHelpKeywordGetsTheHelpText() {
        List<InboundSms> messages = builtins.help().stream().map(k -> sms(sender(), k + "?")).toList();

        messages.forEach(kafka::publish);

        for (InboundSms sms : messages) {
            JsonNode help = kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
            assertEquals("HELP", help.at("/builtin").asText());
            assertEquals(builtins.helpReply().orElseThrow(), help.at("/action/message").asText());
        }
    }

    @Test
    void anOptOutWinsOverAnAutomationListeningForTheSameWord() {
        kafka.publishAndAwaitFiring(automation(MatchMode.FIRST_WORD, "cancel", reply("automation")), "cancel my order");
        InboundSms sms = sms(sender(), "Cancel");

        kafka.publish(sms);

        kafka.awaitEvent(Topics.ACTIONS_UNSUBSCRIBE, sms.id());
        assertEquals(builtins.optOutReply().orElseThrow(),
                kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id()).at("/action/message").asText());
        kafka.awaitHandledBefore(sms.from(), "cancel my order", Topics.AUTOMATIONS_TRIGGERED);
        kafka.awaitHandledBefore(sms.from(), "HELP", Topics.ACTIONS_SEND_REPLY);
        assertTrue(kafka.records(Topics.AUTOMATIONS_TRIGGERED, sms.id()).isEmpty());
        assertEquals(1, kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()).size());
    }
}
