package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class AutomationApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ChangelogReader changelog;

    @BeforeEach
    void readChangelog() {
        changelog = new ChangelogReader(bootstrapServers);
    }

    @AfterEach
    void close() {
        changelog.close();
    }

    @Test
    void createdAutomationIsReturnedWithIdsAndPublishedToTheChangelog() {
        String id = api().body(automation("Hello", "+33757000001", keyword("HELLO"), "FIRST_WORD")).post(AUTOMATIONS)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/automations/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Hello"))
                .body("numbers", equalTo(List.of("+33757000001")))
                .body("trigger.match", equalTo("FIRST_WORD"))
                .body("actions[0].id", notNullValue())
                .body("actions[0].message", equalTo("Hi {{from}}"))
                .body("createdAt", notNullValue())
                .extract().path("id");

        ConsumerRecord<String, String> record = changelog.awaitRecords(id, 1).get(0);
        assertEquals("smsauto.automation.changed.v1", ChangelogReader.header(record, "ce_type"));
        assertEquals(id, ChangelogReader.read(record.value()).id());
        api().get(AUTOMATIONS + "/" + id).then().statusCode(200).body("id", equalTo(id)).header("ETag", "\"0\"");
    }

    @Test
    void numbersAreStoredInE164() {
        String body = automation("Numbers", "0033 7 57 00 00 02", keyword("NUM"), "EXACT");

        api().body(body).post(AUTOMATIONS).then().statusCode(201).body("numbers", equalTo(List.of("+33757000002")));
    }

    @Test
    void listHoldsCreatedAutomations() {
        String id = create(automation("Listed", number(), keyword("LIST"), "EXACT"));

        api().get(AUTOMATIONS).then().statusCode(200).body("id", hasItem(id));
    }

    @ParameterizedTest
    @CsvSource({"GET", "PUT", "PATCH", "DELETE"})
    void anUnknownAutomationIs404(String method) {
        String body = method.equals("PATCH") ? "{\"enabled\": false}" : automation("X", number(), keyword("X"), "EXACT");

        api().body(method.equals("GET") || method.equals("DELETE") ? "" : body)
                .request(method, AUTOMATIONS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void replacingKeepsTheIdsOfTheActionsItNamesAndGivesNewOnesToTheOthers() {
        String number = number();
        String id = create(automation("Before", number, keyword("REPL"), "EXACT"));
        String replyId = api().get(AUTOMATIONS + "/" + id).path("actions[0].id");
        String body = """
                {"name": "After", "enabled": true, "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "CONTAINS"},
                 "actions": [{"id": "%s", "name": "Say hello", "type": "SEND_REPLY", "message": "Hello {{from}}"},
                             {"name": "Forget", "type": "UNSUBSCRIBE"}]}
                """.formatted(number, keyword("NEW"), replyId);

        api().body(body).put(AUTOMATIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("After"))
                .body("trigger.match", equalTo("CONTAINS"))
                .body("actions", hasSize(2))
                .body("actions[0].id", equalTo(replyId))
                .body("actions[0].message", equalTo("Hello {{from}}"))
                .body("actions[1].id", not(equalTo(replyId)))
                .body("actions[1].type", equalTo("UNSUBSCRIBE"));
        assertEquals("After", changelog.latest(id, 2).name());
    }

    @Test
    void replacingWithAnActionIdThatIsNotTheAutomationsIs422() {
        String number = number();
        String id = create(automation("Ids", number, keyword("IDS"), "EXACT"));
        String body = automation("Ids", number, keyword("IDS"), "EXACT")
                .replace("{\"name\": \"Say hi\"", "{\"id\": \"not-an-action-of-it\", \"name\": \"Say hi\"");

        api().body(body).put(AUTOMATIONS + "/" + id)
                .then().statusCode(422).body("violations.field", hasItem("actions[0].id"));
        api().get(AUTOMATIONS + "/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void patchingEnabledFalseDisablesItAndKeepsEverythingElse() {
        String id = create(automation("Patched", number(), keyword("PATCH"), "EXACT"));
        ExtractableResponse<Response> before = api().get(AUTOMATIONS + "/" + id).then().extract();

        api().contentType("application/merge-patch+json").body("{\"enabled\": false}").patch(AUTOMATIONS + "/" + id)
                .then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("name", equalTo("Patched"))
                .body("actions", equalTo(before.path("actions")))
                .body("trigger", equalTo(before.path("trigger")));
        assertEquals(false, changelog.latest(id, 2).enabled());
    }

    @Test
    void aPatchThatLeavesTheAutomationInvalidIs422() {
        String id = create(automation("Emptied", number(), keyword("EMPTY"), "EXACT"));

        api().body("{\"name\": \"\", \"trigger\": {\"match\": \"SOMETIMES\"}}").patch(AUTOMATIONS + "/" + id)
                .then().statusCode(422).body("violations.field", hasItems("name", "trigger.match"));
        api().get(AUTOMATIONS + "/" + id).then().body("name", equalTo("Emptied"));
    }

    @Test
    void aChangeWithAStaleIfMatchIs412AndChangesNothing() {
        String id = create(automation("Stale", number(), keyword("STALE"), "EXACT"));
        api().body("{\"name\": \"Changed once\"}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);

        api().header("If-Match", "\"0\"").body("{\"name\": \"Changed twice\"}").patch(AUTOMATIONS + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        api().header("If-Match", "\"0\"").delete(AUTOMATIONS + "/" + id).then().statusCode(412);
        api().get(AUTOMATIONS + "/" + id).then().statusCode(200).body("name", equalTo("Changed once"));
    }

    @Test
    void aChangeWithTheCurrentIfMatchIsApplied() {
        String number = number();
        String keyword = keyword("MATCH");
        String id = create(automation("Current", number, keyword, "EXACT"));
        String etag = api().get(AUTOMATIONS + "/" + id).header("ETag");

        String newEtag = api().header("If-Match", etag).body(automation("Renamed", number, keyword, "EXACT"))
                .put(AUTOMATIONS + "/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed")).extract().header("ETag");
        assertNotEquals(etag, newEtag);
    }

    @Test
    void concurrentReplacesWithoutIfMatchAreAppliedOrRefusedNeverLost() throws Exception {
        String number = number();
        String keyword = keyword("RACE");
        String id = create(automation("Race", number, keyword, "EXACT"));
        List<Integer> statuses = Api.concurrently(4, i -> api()
                .body(automation("Writer " + i, number, keyword, "EXACT")).put(AUTOMATIONS + "/" + id).statusCode());

        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses::toString);
        long applied = statuses.stream().filter(s -> s == 200).count();
        assertTrue(applied >= 1, statuses::toString);
        api().get(AUTOMATIONS + "/" + id).then().header("ETag", "\"" + applied + "\"");
    }

    @Test
    void deletedAutomationIsGoneAndTombstonedOnTheChangelog() {
        String id = create(automation("Deleted", number(), keyword("DEL"), "EXACT"));

        api().delete(AUTOMATIONS + "/" + id).then().statusCode(204);

        api().get(AUTOMATIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        List<ConsumerRecord<String, String>> records = changelog.awaitRecords(id, 2);
        assertNull(records.get(1).value(), "tombstone");
    }

    @Test
    void malformedJsonIsA400Problem() {
        api().body("{not json").post(AUTOMATIONS)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsA415Problem() {
        given().header("Authorization", "Bearer " + Api.TOKEN).contentType("garbage").body("{}".getBytes(StandardCharsets.UTF_8)).post(AUTOMATIONS)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingIt() {
        api().body("{\"name\": \"x\", \"trigger\": {\"keywords\": {\"a\": 1}, \"match\": \"EXACT\"}}").post(AUTOMATIONS)
                .then().statusCode(400).body("violations.field", hasItem("trigger.keywords"));
    }

    @Test
    void anAutomationWithoutActionsIsA422NamingTheField() {
        String body = automation("None", number(), keyword("NONE"), "EXACT").replaceAll("\"actions\": \\[.*]", "\"actions\": []");

        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("actions"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        String body = """
                {"name": "", "numbers": ["12"], "trigger": {"keywords": [" "], "match": "SOMETIMES"},
                 "actions": [{"name": "Call", "type": "FORWARD_TO_URL", "method": "TRACE", "url": "ftp://x",
                              "headers": [{"key": "Bad Header", "value": "v"}, {"key": "X-Ok", "value": "a\\r\\nX-Evil: 1"}],
                              "params": [{"value": "no key"}]},
                             {"name": "x", "type": "TELEPORT"},
                             {"name": "Opt in", "type": "OPT_IN"},
                             {"name": "%s", "type": "SEND_REPLY", "message": "%s"},
                             {"name": "Mobiles", "type": "FORWARD_TO_MOBILE", "numbers": []},
                             {"name": "Mail", "type": "FORWARD_TO_EMAIL", "emails": ["not-an-address"]},
                             {"name": "Join", "type": "ADD_TO_GROUP"}]}
                """.formatted("n".repeat(101), "m".repeat(1601));

        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .body("violations.field", hasItems("name", "numbers[0]", "trigger.keywords[0]", "trigger.match",
                        "actions[0].method", "actions[0].url", "actions[0].headers[0].key", "actions[0].headers[1]",
                        "actions[0].params[0].key", "actions[1].type", "actions[2].type", "actions[3].name",
                        "actions[3].message", "actions[4].numbers", "actions[5].emails[0]", "actions[6].listId"));
    }

    @Test
    void recipientListsAreLimitedToTen() {
        String eleven = String.join(",", IntStream.range(10, 21)
                .mapToObj(i -> "\"+336123456" + i + "\"").toList());
        String body = automation("Many", number(), keyword("MANY"), "EXACT").replace(
                "{\"name\": \"Say hi\", \"type\": \"SEND_REPLY\", \"message\": \"Hi {{from}}\"}",
                "{\"name\": \"Mobiles\", \"type\": \"FORWARD_TO_MOBILE\", \"numbers\": [" + eleven + "]}");

        api().body(body).post(AUTOMATIONS).then().statusCode(422).body("violations.field", hasItem("actions[0].numbers"));
    }

    @Test
    void keywordsWithoutWordsTooLongOrRepeatedAreRefused() {
        String body = """
                {"name": "Keywords", "numbers": [], "trigger": {"keywords": ["!!!", "%s", "Oui", "OUI !"], "match": "EXACT"},
                 "actions": [{"name": "Forget", "type": "UNSUBSCRIBE"}]}
                """.formatted("k".repeat(161));

        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .body("violations.field", hasItems("trigger.keywords[0]", "trigger.keywords[1]", "trigger.keywords[3]"))
                .body("violations.field", not(hasItem("trigger.keywords[2]")));
    }

    @Test
    void twentyOneKeywordsAreRefused() {
        String keywords = String.join(",", IntStream.range(0, 21).mapToObj(i -> "\"K" + i + "\"").toList());
        String body = automation("Keywords", number(), "K", "EXACT").replace("[\"K\"]", "[" + keywords + "]");

        api().body(body).post(AUTOMATIONS).then().statusCode(422).body("violations.field", hasItem("trigger.keywords"));
    }

    @Test
    void unknownPlaceholdersAreRefusedFieldByField() {
        String body = """
                {"name": "Templates", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "EXACT"},
                 "actions": [{"name": "Reply", "type": "SEND_REPLY", "message": "Hi {{FROM}}"},
                             {"name": "Call", "type": "FORWARD_TO_URL", "method": "GET", "url": "https://x.example/{{who}}",
                              "headers": [{"key": "X-From", "value": "{{from}}"}], "params": [{"key": "q", "value": "{{query}}"}]}]}
                """.formatted(number(), keyword("TPL"));

        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .body("violations.field", hasItems("actions[0].message", "actions[1].url", "actions[1].params[0].value"))
                .body("violations.field", not(hasItem("actions[1].headers[0].value")))
                .body("violations.message", hasItem(containsString("{{FROM}}")));
    }

    @Test
    void aUrlWithPlaceholdersIsAccepted() {
        String body = """
                {"name": "Hook", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "EXACT"},
                 "actions": [{"name": "Call", "type": "FORWARD_TO_URL", "method": "post",
                              "url": "https://crm.example.com/hooks/{{ from }}?text={{text}}",
                              "headers": [{"key": "X-Api-Key", "value": "k-123"}],
                              "params": [{"key": "text", "value": "{{text}}"}]}]}
                """.formatted(number(), keyword("HOOK"));

        api().body(body).post(AUTOMATIONS).then().statusCode(201).body("actions[0].method", equalTo("POST"));
    }

    @ParameterizedTest
    @CsvSource({"GET,/api/v1/automations", "POST,/api/v1/automations", "PUT,/api/v1/automations/{id}",
            "PATCH,/api/v1/automations/{id}", "DELETE,/api/v1/automations/{id}", "POST,/api/v1/automations/{id}/actions",
            "PUT,/api/v1/automations/{id}/actions/a", "GET,/api/v1/automations/{id}/executions", "POST,/api/v1/simulate"})
    void everyApiCallNeedsTheToken(String method, String path) {
        String id = UUID.randomUUID().toString();
        given().contentType("application/json").body("{}").request(method, path.replace("{id}", id))
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong-token").contentType("application/json").body("{}")
                .request(method, path.replace("{id}", id)).then().statusCode(401);
    }

    @Test
    void aRefusedRequestChangesNothing() {
        String id = create(automation("Kept", number(), keyword("KEPT"), "EXACT"));

        given().contentType("application/json").delete(AUTOMATIONS + "/" + id).then().statusCode(401);

        api().get(AUTOMATIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void healthAndMetricsStayOpenWithoutTheToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
