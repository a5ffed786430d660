package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.EventJson;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures automation-admin publishes for the whole system: action results and dead-letter topic sizes. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.ACTIONS_FORWARD_TO_URL);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void everyActionTypeAndStatusIsPublishedFromTheStart() {
        assertFalse(Double.isNaN(metric("smsauto_actions_results_total", "status=\"failed\",type=\"forward_to_url\"")));
    }

    @Test
    void aResultIsCountedByActionTypeAndStatus() {
        double before = results("skipped", "opt_in");

        publish(result(UUID.randomUUID().toString(), ActionType.OPT_IN, ResultStatus.SKIPPED, Instant.now()));

        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(results("skipped", "opt_in") >= before + 1,
                () -> "before: " + before + ", now: " + lines("smsauto_actions_results_total{status=\"skipped\"")));
    }

    @Test
    void aResultThatComesAgainCountsOnce() {
        ActionResult result = result(UUID.randomUUID().toString(), ActionType.OPT_IN, ResultStatus.FAILED, Instant.now());
        ActionResult next = result(UUID.randomUUID().toString(), ActionType.OPT_IN, ResultStatus.SUCCEEDED, Instant.now());
        double failed = results("failed", "opt_in");
        double succeeded = results("succeeded", "opt_in");

        // one contact, so one partition: once the last is counted, the two before it were handled
        publish(result, result, next);

        await().atMost(PATIENCE).until(() -> results("succeeded", "opt_in") >= succeeded + 1);
        assertEquals(failed + 1, results("failed", "opt_in"));
    }

    @Test
    void aResultThatCorrectsAnotherCountsAsACorrection() {
        String eventId = UUID.randomUUID().toString();
        Instant ended = Instant.now();
        double failed = results("failed", "send_reply");
        double succeeded = results("succeeded", "send_reply");
        double corrected = corrections("send_reply", "failed", "succeeded");

        publish(result(eventId, ActionType.SEND_REPLY, ResultStatus.FAILED, ended),
                result(eventId, ActionType.SEND_REPLY, ResultStatus.SUCCEEDED, ended.plusSeconds(30)));

        await().atMost(PATIENCE).until(() -> corrections("send_reply", "failed", "succeeded") >= corrected + 1);
        assertEquals(corrected + 1, corrections("send_reply", "failed", "succeeded"));
        assertEquals(failed + 1, results("failed", "send_reply"));
        assertEquals(succeeded, results("succeeded", "send_reply"), "the action was counted once, by its first result");
    }

    @Test
    void theSizeOfEachDeadLetterTopicIsPublished() {
        await().atMost(PATIENCE).until(() -> !Double.isNaN(dlq(DEAD_LETTERS)));
        double before = dlq(DEAD_LETTERS);

        kafka.produceStrings().fromRecords(new ProducerRecord<>(DEAD_LETTERS, "k", "{not an event"),
                new ProducerRecord<>(DEAD_LETTERS, "k", "{nor this")).awaitCompletion();

        await().atMost(PATIENCE).until(() -> dlq(DEAD_LETTERS) >= before + 2);
    }

    private static ActionResult result(String eventId, ActionType type, ResultStatus status, Instant ended) {
        return new ActionResult(eventId, type, null, "a", "+33612340000", status, status.name(), 1, ended, List.of());
    }

    private void publish(ActionResult... results) {
        kafka.produceStrings().fromRecords(Arrays.stream(results)
                .map(result -> new ProducerRecord<>(Topics.ACTIONS_RESULTS, result.contact(), json(result))).toList())
                .awaitCompletion();
    }

    private static String json(ActionResult result) {
        try {
            return EventJson.newMapper().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double results(String status, String type) {
        return metric("smsauto_actions_results_total", "status=\"" + status + "\",type=\"" + type + "\"");
    }

    private static double corrections(String type, String from, String to) {
        double value = metric("smsauto_actions_results_corrected_total",
                "from=\"" + from + "\",to=\"" + to + "\",type=\"" + type + "\"");
        return Double.isNaN(value) ? 0 : value;
    }

    private static String lines(String prefix) {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(prefix)).toList().toString();
    }

    private static double dlq(String topic) {
        return metric("smsauto_dlq_records", "topic=\"" + topic + "\"");
    }

    /** The value of the series of {@code name} whose labels include {@code labels}; NaN when there is none. */
    private static double metric(String name, String labels) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)", Pattern.MULTILINE).matcher(text);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return Double.NaN;
    }
}
