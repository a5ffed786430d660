package io.smsauto.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
class SendReplyTest {

    private static final ObjectMapper JSON = EventJson.newMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "vonage.base-url")
    URI vonage;

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> results;
    private WireMock vonageAdmin;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
        results = kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
        vonageAdmin = new WireMock(vonage.getHost(), vonage.getPort());
    }

    @AfterEach
    void close() {
        results.stop();
        kafka.close();
    }

    @Test
    void replyIsSentToTheContactFromTheNumberTheyWroteTo() throws Exception {
        ActionRequested request = replyRequest("Hi +33612345678");

        send(request);

        ActionResult result = awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("0A0000000123ABCD1", result.recipients().get(0).providerReference());
        vonageAdmin.verifyThat(1, postRequestedFor(urlPathEqualTo("/sms/json"))
                .withRequestBody(containing("to=33612345678"))
                .withRequestBody(containing("from=33757000001"))
                .withRequestBody(containing("text=Hi+%2B33612345678"))
                .withRequestBody(containing("client-ref=" + request.eventId())));
    }

    @Test
    void aRedeliveredEventSendsNoSecondSms() throws Exception {
        ActionRequested request = replyRequest("Only once");

        send(request);
        awaitResult(request.eventId());
        send(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> results(request.eventId()).size() == 2);
        assertEquals(1, vonageAdmin.find(postRequestedFor(urlPathEqualTo("/sms/json"))
                .withRequestBody(containing("client-ref=" + request.eventId()))).size());
        assertEquals(ResultStatus.SUCCEEDED, results(request.eventId()).get(1).status(),
                "the second result repeats the recorded outcome");
    }

    private static ActionRequested replyRequest(String text) {
        InboundSms sms = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, UUID.randomUUID().toString()),
                Carrier.VONAGE, "m-1", "+33612345678", "+33757000001", "hello", Instant.now(), null);
        String actionId = UUID.randomUUID().toString();
        return new ActionRequested(EventIds.action(sms.id(), actionId), new AutomationRef("a-1", "Hello"), null,
                ActionSpec.reply(actionId, "Say hi", text), sms, Instant.now());
    }

    private void send(ActionRequested request) throws Exception {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACTIONS_SEND_REPLY, request.contact(),
                JSON.writeValueAsString(request))).awaitCompletion();
    }

    private ActionResult awaitResult(String eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !results(eventId).isEmpty());
        return results(eventId).get(0);
    }

    private List<ActionResult> results(String eventId) {
        return results.getRecords().stream()
                .map(r -> read(r.value()))
                .filter(r -> eventId.equals(r.eventId()))
                .toList();
    }

    private static ActionResult read(String json) {
        try {
            return JSON.readValue(json, ActionResult.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
