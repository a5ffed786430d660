package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.admin.service.ExecutionHistory;
import io.smsauto.conventions.persistence.TransientFailures;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.events.TriggeredAction;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /automations/{id}/executions, fed from automations.triggered and actions.results. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ExecutionHistoryTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LONG_OUTAGE = Duration.ofSeconds(65);
    private static final String CONTACT = "+33612345678";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ExecutionHistory history;

    private KafkaCompanion kafka;
    private String automationId;

    @BeforeEach
    void createAutomation() {
        kafka = new KafkaCompanion(bootstrapServers);
        automationId = create(automation("History", number(), keyword("HIST"), "EXACT"));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void actionsArePendingUntilTheirResultsArriveThenShowStatusAndDetail() {
        AutomationTriggered triggered = triggered(Instant.now(), ActionType.SEND_REPLY, ActionType.FORWARD_TO_MOBILE);
        send(Topics.AUTOMATIONS_TRIGGERED, triggered);

        JsonPath pending = awaitExecutions(page -> page.getInt("total") == 1);
        assertEquals(triggered.eventId(), pending.getString("items[0].eventId"));
        assertEquals("hist", pending.getString("items[0].message.text"));
        assertEquals(CONTACT, pending.getString("items[0].message.from"));
        assertEquals(List.of("PENDING", "PENDING"), pending.getList("items[0].actions.status"));

        String replyEvent = triggered.actions().get(0).eventId();
        send(Topics.ACTIONS_RESULTS, result(replyEvent, ResultStatus.SUCCEEDED, "1 segment", 1, null));
        JsonPath oneDone = awaitExecutions(page -> page.getList("items[0].actions.status").contains("SUCCEEDED"));
        assertEquals(List.of("SUCCEEDED", "PENDING"), oneDone.getList("items[0].actions.status"));
        assertEquals("1 segment", oneDone.getString("items[0].actions[0].detail"));

        String forwardEvent = triggered.actions().get(1).eventId();
        send(Topics.ACTIONS_RESULTS, result(forwardEvent, ResultStatus.FAILED, "1 of 2 failed", 1,
                List.of(new RecipientOutcome("+33611111111", ResultStatus.FAILED, "invalid number", null))));
        JsonPath done = awaitExecutions(page -> !page.getList("items[0].actions.status").contains("PENDING"));
        assertEquals(List.of("SUCCEEDED", "FAILED"), done.getList("items[0].actions.status"));
        assertEquals("invalid number", done.getString("items[0].actions[1].recipients[0].detail"));
    }

    @Test
    void aResultThatArrivesBeforeItsMatchIsShownOnceTheMatchArrives() {
        AutomationTriggered triggered = triggered(Instant.now(), ActionType.SEND_REPLY);
        send(Topics.ACTIONS_RESULTS, result(triggered.actions().get(0).eventId(), ResultStatus.SKIPPED, "opted-out", 1, null));

        send(Topics.AUTOMATIONS_TRIGGERED, triggered);

        JsonPath page = awaitExecutions(p -> p.getInt("total") == 1);
        assertEquals("SKIPPED", page.getString("items[0].actions[0].status"));
        assertEquals("opted-out", page.getString("items[0].actions[0].detail"));
    }

    @Test
    void aRedeliveredMatchIsOneExecution() {
        AutomationTriggered triggered = triggered(Instant.now(), ActionType.SEND_REPLY);
        AutomationTriggered marker = triggered(Instant.now().minusSeconds(60), ActionType.SEND_REPLY);

        send(Topics.AUTOMATIONS_TRIGGERED, triggered);
        send(Topics.AUTOMATIONS_TRIGGERED, triggered);
        send(Topics.AUTOMATIONS_TRIGGERED, marker);

        // same key, same partition: the marker is stored after both deliveries
        JsonPath page = awaitExecutions(p -> p.getList("items.eventId").contains(marker.eventId()));
        assertEquals(2, page.getInt("total"));
    }

    @Test
    void aLaterAttemptReplacesAnEarlierOneNeverTheReverse() {
        AutomationTriggered triggered = triggered(Instant.now(), ActionType.FORWARD_TO_URL);
        String eventId = triggered.actions().get(0).eventId();
        send(Topics.AUTOMATIONS_TRIGGERED, triggered);

        send(Topics.ACTIONS_RESULTS, result(eventId, ResultStatus.SUCCEEDED, "200 after 2 attempts", 2, null));
        send(Topics.ACTIONS_RESULTS, result(eventId, ResultStatus.FAILED, "503", 1, null));
        AutomationTriggered marker = triggered(Instant.now().minusSeconds(60), ActionType.SEND_REPLY);
        send(Topics.ACTIONS_RESULTS, result(marker.actions().get(0).eventId(), ResultStatus.SUCCEEDED, "marker", 1, null));
        send(Topics.AUTOMATIONS_TRIGGERED, marker);

        JsonPath page = awaitExecutions(p -> p.getList("items.actions.flatten().detail").contains("marker"));
        assertEquals("SUCCEEDED", page.getString("items.find { it.eventId == '" + triggered.eventId() + "' }.actions[0].status"));
        assertEquals(2, page.getInt("items.find { it.eventId == '" + triggered.eventId() + "' }.actions[0].attempt"));
    }

    @Test
    void pagesGoFromTheNewestExecution() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AutomationTriggered oldest = triggered(now.minusSeconds(30), ActionType.SEND_REPLY);
        AutomationTriggered middle = triggered(now.minusSeconds(20), ActionType.SEND_REPLY);
        AutomationTriggered newest = triggered(now.minusSeconds(10), ActionType.SEND_REPLY);
        send(Topics.AUTOMATIONS_TRIGGERED, middle);
        send(Topics.AUTOMATIONS_TRIGGERED, newest);
        send(Topics.AUTOMATIONS_TRIGGERED, oldest);
        awaitExecutions(p -> p.getInt("total") == 3);

        api().get(executions() + "?page=0&size=2").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3))
                .body("items.eventId", equalTo(List.of(newest.eventId(), middle.eventId())));
        api().get(executions() + "?page=1&size=2").then().statusCode(200)
                .body("items.eventId", equalTo(List.of(oldest.eventId())));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndLaterOnesAreStillRecorded() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.AUTOMATIONS_TRIGGERED));
        String poison = "{not json " + UUID.randomUUID();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.AUTOMATIONS_TRIGGERED, CONTACT, poison)).awaitCompletion();
        AutomationTriggered after = triggered(Instant.now(), ActionType.SEND_REPLY);

        send(Topics.AUTOMATIONS_TRIGGERED, after);

        awaitExecutions(p -> p.getList("items.eventId").contains(after.eventId()));
        await().atMost(WAIT).until(() -> deadLetters.getRecords().stream().anyMatch(r -> poison.equals(r.value())));
        deadLetters.stop();
    }

    @Test
    void aResultThatComesWhileTheDatabaseIsDownIsStoredOnceItIsBack() throws Exception {
        AutomationTriggered triggered = triggered(Instant.now(), ActionType.SEND_REPLY);
        send(Topics.AUTOMATIONS_TRIGGERED, triggered);
        awaitExecutions(page -> page.getInt("total") == 1);
        PostgresServer postgres = EmbeddedInfraTestResource.infra().postgres();

        AtomicInteger waits = new AtomicInteger();
        Handler feedWaits = countMessages(TransientFailures.class, "actions.results records", waits);
        Logger.getLogger("").addHandler(feedWaits);
        postgres.stop();
        try {
            send(Topics.ACTIONS_RESULTS, result(triggered.actions().get(0).eventId(), ResultStatus.SUCCEEDED, "sent", 1, null));
            // the feed tried to store it, failed, and tried again while the server was down
            await().atMost(WAIT).until(() -> waits.get() >= 2);
            // and it keeps waiting, alive, past the minute after which the connector would give up a record
            // not acknowledged yet (throttled.unprocessed-record-max-age) and close its consumer for good
            await().during(LONG_OUTAGE).atMost(LONG_OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get("/q/health/live").statusCode() == 200);
        } finally {
            postgres.restart();
            Logger.getLogger("").removeHandler(feedWaits);
        }

        // a result sent to the dead letters during the outage would never be stored
        JsonPath page = awaitExecutions(p -> "SUCCEEDED".equals(p.getString("items[0].actions[0].status")));
        assertEquals("sent", page.getString("items[0].actions[0].detail"));
    }

    @Test
    void aMatchWithoutItsIdsGoesToTheDeadLetterTopic() {
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.AUTOMATIONS_TRIGGERED));
        String keyword = UUID.randomUUID().toString();

        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.AUTOMATIONS_TRIGGERED, CONTACT,
                "{\"keyword\": \"" + keyword + "\"}")).awaitCompletion();

        // the dead letter holds the event as it was read
        await().atMost(WAIT).until(() -> deadLetters.getRecords().stream().anyMatch(r -> r.value().contains(keyword)));
        deadLetters.stop();
    }

    @Test
    void executionsOlderThanTheRetentionArePurged() {
        AutomationTriggered old = triggered(Instant.now().minus(Duration.ofDays(31)), ActionType.SEND_REPLY);
        AutomationTriggered recent = triggered(Instant.now().minus(Duration.ofDays(29)), ActionType.SEND_REPLY);
        send(Topics.AUTOMATIONS_TRIGGERED, old);
        send(Topics.AUTOMATIONS_TRIGGERED, recent);
        awaitExecutions(p -> p.getInt("total") == 2);

        history.purge().await().atMost(WAIT);

        api().get(executions()).then().statusCode(200)
                .body("total", equalTo(1)).body("items.eventId", equalTo(List.of(recent.eventId())));
    }

    @Test
    void theHistoryOfAnUnknownAutomationIs404() {
        api().get(AUTOMATIONS + "/" + UUID.randomUUID() + "/executions").then().statusCode(404);
    }

    @Test
    void pageAndSizeOutOfRangeAre422() {
        api().get(executions() + "?page=-1&size=101").then().statusCode(422)
                .body("violations.field", hasItems("page", "size"));
        api().get(executions() + "?size=0").then().statusCode(422);
    }

    /** Counts the records that {@code source} logs with {@code text} in their message or its parameters. */
    private static Handler countMessages(Class<?> source, String text, AtomicInteger count) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage() + " " + Arrays.toString(record.getParameters());
                if (source.getName().equals(record.getLoggerName()) && message.contains(text)) {
                    count.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private AutomationTriggered triggered(Instant at, ActionType... types) {
        InboundSms sms = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, UUID.randomUUID().toString()),
                Carrier.VONAGE, "m-" + UUID.randomUUID(), CONTACT, "+33757000001", "hist", at, null);
        List<TriggeredAction> actions = Arrays.stream(types)
                .map(type -> {
                    String actionId = UUID.randomUUID().toString();
                    return new TriggeredAction(EventIds.action(sms.id(), actionId), actionId, type.name(), type);
                })
                .toList();
        return new AutomationTriggered(EventIds.triggered(sms.id()), new AutomationRef(automationId, "History"),
                "HIST", sms, actions, at);
    }

    private ActionResult result(String eventId, ResultStatus status, String detail, int attempt,
            List<RecipientOutcome> recipients) {
        return new ActionResult(eventId, ActionType.SEND_REPLY, automationId, "a", CONTACT, status, detail, attempt,
                Instant.now(), recipients);
    }

    private void send(String topic, Object event) {
        try {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, CONTACT, JSON.writeValueAsString(event)))
                    .awaitCompletion();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonPath awaitExecutions(Predicate<JsonPath> condition) {
        return await().atMost(WAIT).until(() -> api().get(executions()).then().statusCode(200).extract().jsonPath(),
                condition::test);
    }

    private String executions() {
        return AUTOMATIONS + "/" + automationId + "/executions";
    }
}
