package io.smsauto.admin;

import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actions saved and edited one at a time: POST, GET, PUT, DELETE /automations/{id}/actions. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ActionApiTest {

    private static final String FORWARD = """
            {"name": "Tell the team", "type": "FORWARD_TO_EMAIL", "emails": ["team@example.com"]}
            """;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ChangelogReader changelog;
    private String id;
    private String replyId;

    @BeforeEach
    void createAutomation() {
        changelog = new ChangelogReader(bootstrapServers);
        id = create(automation("Actions", number(), keyword("ACT"), "EXACT"));
        replyId = api().get(AUTOMATIONS + "/" + id).path("actions[0].id");
    }

    @AfterEach
    void close() {
        changelog.close();
    }

    @Test
    void anAddedActionGetsAnIdComesLastAndIsOnTheChangelog() {
        var created = api().body(FORWARD).post(actions())
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("emails[0]", equalTo("team@example.com"))
                .extract();
        String actionId = created.path("id");
        assertEquals("/api/v1/automations/" + id + "/actions/" + actionId, URI.create(created.header("Location")).getPath());

        api().get(actions() + "/" + actionId).then().statusCode(200).body("name", equalTo("Tell the team"));
        Automation published = changelog.latest(id, 2);
        assertEquals(2, published.actions().size());
        assertEquals(actionId, published.actions().get(1).id());
    }

    @Test
    void anEditedActionKeepsItsIdAndItsPlace() {
        api().body(FORWARD).post(actions()).then().statusCode(201);

        api().body("{\"name\": \"Say hello\", \"type\": \"SEND_REPLY\", \"message\": \"Hello {{from}}\"}")
                .put(actions() + "/" + replyId)
                .then().statusCode(200).body("id", equalTo(replyId)).body("message", equalTo("Hello {{from}}"));

        api().get(AUTOMATIONS + "/" + id).then()
                .body("actions", hasSize(2))
                .body("actions[0].id", equalTo(replyId))
                .body("actions[0].message", equalTo("Hello {{from}}"));
        ActionSpec published = changelog.latest(id, 3).actions().get(0);
        assertEquals(replyId, published.id());
        assertEquals("Hello {{from}}", published.message());
    }

    @Test
    void anActionCanChangeItsType() {
        api().body(FORWARD).put(actions() + "/" + replyId)
                .then().statusCode(200).body("type", equalTo("FORWARD_TO_EMAIL")).body("message", equalTo(null));
    }

    @Test
    void aRemovedActionIsGoneFromTheAutomationAndTheChangelog() {
        String added = api().body(FORWARD).post(actions()).then().statusCode(201).extract().path("id");

        api().delete(actions() + "/" + replyId).then().statusCode(204).header("ETag", "\"2\"");

        api().get(actions() + "/" + replyId).then().statusCode(404);
        api().get(AUTOMATIONS + "/" + id).then().body("actions", hasSize(1)).body("actions[0].id", equalTo(added));
        assertEquals(1, changelog.latest(id, 3).actions().size());
    }

    @Test
    void theLastActionCannotBeRemoved() {
        api().delete(actions() + "/" + replyId)
                .then().statusCode(422).body("violations[0].field", equalTo("actions"));

        api().get(actions() + "/" + replyId).then().statusCode(200);
    }

    @Test
    void anUnknownActionIs404() {
        api().get(actions() + "/nope").then().statusCode(404).contentType("application/problem+json");
        api().body(FORWARD).put(actions() + "/nope").then().statusCode(404);
        api().delete(actions() + "/nope").then().statusCode(404);
    }

    @Test
    void actionsOfAnUnknownAutomationAre404() {
        String unknown = AUTOMATIONS + "/" + UUID.randomUUID() + "/actions";
        api().body(FORWARD).post(unknown).then().statusCode(404);
        api().get(unknown + "/" + replyId).then().statusCode(404);
    }

    @Test
    void anInvalidActionIs422NamingItsFields() {
        api().body("{\"name\": \"\", \"type\": \"FORWARD_TO_URL\", \"method\": \"GET\", \"url\": \"mailto:a@b.c\"}")
                .post(actions())
                .then().statusCode(422).body("violations.field", hasItems("name", "url"));
        api().body("{\"name\": \"Reply\", \"type\": \"SEND_REPLY\", \"message\": \"{{nope}}\"}")
                .put(actions() + "/" + replyId)
                .then().statusCode(422).body("violations.field", hasItems("message"));
    }

    @Test
    void anActionChangeWithAStaleIfMatchIs412() {
        api().body(FORWARD).post(actions()).then().statusCode(201).header("ETag", "\"1\"");

        api().header("If-Match", "\"0\"").body(FORWARD).post(actions()).then().statusCode(412);
        api().header("If-Match", "\"0\"").body(FORWARD).put(actions() + "/" + replyId).then().statusCode(412);
        api().header("If-Match", "\"0\"").delete(actions() + "/" + replyId).then().statusCode(412);
        api().header("If-Match", "\"1\"").body(FORWARD).post(actions()).then().statusCode(201).header("ETag", "\"2\"");
    }

    private String actions() {
        return AUTOMATIONS + "/" + id + "/actions";
    }
}
