package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class AutomationApiTest {

    private static final String AUTOMATIONS = "/api/v1/automations";
    private static final String HELLO = """
            {"name": "Hello", "enabled": true, "numbers": ["+33757000001"],
             "trigger": {"keywords": ["HELLO"], "match": "FIRST_WORD"},
             "actions": [{"name": "Say hi", "type": "SEND_REPLY", "message": "Hi {{from}}"}]}
            """;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> changelog;

    @BeforeEach
    void readChangelog() {
        kafka = new KafkaCompanion(bootstrapServers);
        changelog = kafka.consumeStrings().fromTopics(Topics.AUTOMATIONS_CHANGELOG);
    }

    @AfterEach
    void close() {
        changelog.stop();
        kafka.close();
    }

    @Test
    void createdAutomationIsReturnedWithIdsAndPublishedToTheChangelog() {
        String id = api().body(HELLO).post(AUTOMATIONS)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/automations/"))
                .body("name", equalTo("Hello"))
                .body("trigger.match", equalTo("FIRST_WORD"))
                .body("actions[0].id", notNullValue())
                .body("actions[0].message", equalTo("Hi {{from}}"))
                .extract().path("id");

        ConsumerRecord<String, String> record = awaitChangelog(id);
        assertEquals(id, record.key());
        assertEquals("smsauto.automation.changed.v1", header(record, "ce_type"));
        api().get(AUTOMATIONS + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void deletedAutomationIsGoneAndTombstonedOnTheChangelog() {
        String id = api().body(HELLO).post(AUTOMATIONS).then().statusCode(201).extract().path("id");

        api().delete(AUTOMATIONS + "/" + id).then().statusCode(204);

        api().get(AUTOMATIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        await().atMost(Duration.ofSeconds(20)).until(() -> records(id).size() == 2);
        assertNull(records(id).get(1).value(), "tombstone");
    }

    @Test
    void malformedJsonIsA400Problem() {
        api().body("{not json").post(AUTOMATIONS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anAutomationWithoutActionsIsA422NamingTheField() {
        api().body(HELLO.replaceAll("\"actions\": \\[.*]", "\"actions\": []")).post(AUTOMATIONS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("actions"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        String body = """
                {"name": "", "numbers": ["12"], "trigger": {"keywords": [" "], "match": "SOMETIMES"},
                 "actions": [{"name": "Call", "type": "FORWARD_TO_URL", "method": "POST", "url": "ftp://x",
                              "headers": [{"key": "Bad Header", "value": "v"}]},
                             {"name": "x", "type": "TELEPORT"}]}
                """;
        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .body("violations.field", hasItems("name", "numbers[0]", "trigger.keywords[0]", "trigger.match",
                        "actions[0].url", "actions[0].headers[0].key", "actions[1].type"));
    }

    @Test
    void requestsWithoutTheTokenAreRefusedAndChangeNothing() {
        given().contentType("application/json").body(HELLO).post(AUTOMATIONS)
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer wrong").get(AUTOMATIONS).then().statusCode(401);
        String before = api().get(AUTOMATIONS).asString();
        assertEquals(before, api().get(AUTOMATIONS).asString());
    }

    @Test
    void healthStaysOpenWithoutTheToken() {
        ValidatableResponse ready = given().get("/q/health/ready").then();
        ready.statusCode(200);
    }

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-token").contentType("application/json");
    }

    private ConsumerRecord<String, String> awaitChangelog(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !records(id).isEmpty());
        return records(id).get(0);
    }

    private List<ConsumerRecord<String, String>> records(String id) {
        return changelog.getRecords().stream().filter(r -> id.equals(r.key())).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
