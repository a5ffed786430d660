package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
    void aResultIsCountedByActionTypeAndStatus() throws JsonProcessingException {
        double before = metric("smsauto_actions_results_total", "status=\"skipped\",type=\"opt_in\"");
        ActionResult result = new ActionResult(UUID.randomUUID().toString(), ActionType.OPT_IN, null, "a", "+33612345678",
                ResultStatus.SKIPPED, "already opted in", 1, Instant.now(), List.of());

        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACTIONS_RESULTS, result.contact(),
                EventJson.newMapper().writeValueAsString(result))).awaitCompletion();

        await().atMost(PATIENCE).untilAsserted(() -> assertTrue(
                metric("smsauto_actions_results_total", "status=\"skipped\",type=\"opt_in\"") >= before + 1,
                () -> "before: " + before + ", now: " + lines("smsauto_actions_results_total{status=\"skipped\"")));
    }

    @Test
    void theSizeOfEachDeadLetterTopicIsPublished() {
        await().atMost(PATIENCE).until(() -> !Double.isNaN(dlq(DEAD_LETTERS)));
        double before = dlq(DEAD_LETTERS);

        kafka.produceStrings().fromRecords(new ProducerRecord<>(DEAD_LETTERS, "k", "{not an event"),
                new ProducerRecord<>(DEAD_LETTERS, "k", "{nor this")).awaitCompletion();

        await().atMost(PATIENCE).until(() -> dlq(DEAD_LETTERS) >= before + 2);
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
