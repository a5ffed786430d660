package io.smsauto.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list an action names must exist in contact-service when the action is saved (WireMock stands in for it). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ContactListCheckTest {

    @ConfigProperty(name = "quarkus.rest-client.contact-service.url")
    URI contactService;

    private WireMock contacts;

    @BeforeEach
    void connect() {
        contacts = new WireMock(contactService.getHost(), contactService.getPort());
    }

    @Test
    void anActionOnAnExistingListIsSavedAfterAskingWithTheToken() {
        String listId = list("list-");

        api().body(joining(keyword("JOIN"), listId)).post(AUTOMATIONS).then().statusCode(201);

        contacts.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/lists/" + listId))
                .withHeader("Authorization", equalTo("Bearer " + Api.TOKEN)));
    }

    @Test
    void anUnknownListIsA422NamingTheField() {
        String body = """
                {"name": "Lists", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "EXACT"},
                 "actions": [{"name": "Join", "type": "ADD_TO_GROUP", "listId": "%s"},
                             {"name": "Leave", "type": "REMOVE_FROM_GROUP", "listId": "%s"}]}
                """.formatted(number(), keyword("LISTS"), list("list-"), list("gone-"));

        api().body(body).post(AUTOMATIONS)
                .then().statusCode(422)
                .body("violations.field", hasItem("actions[1].listId"))
                .body("violations.field", not(hasItem("actions[0].listId")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken-", "down-", "slow-"})
    void whenContactServiceCannotAnswerNothingIsSavedAnd503(String answer) {
        String keyword = keyword("DOWN");

        api().body(joining(keyword, list(answer))).post(AUTOMATIONS)
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");

        assertEquals(0, api().get(AUTOMATIONS).jsonPath().getList("trigger.keywords.flatten()")
                .stream().filter(keyword::equals).count(), "saved anyway");
    }

    @Test
    void anActionAddedLaterIsCheckedToo() {
        String id = create(joining(keyword("LATER"), list("list-")));

        api().body("{\"name\": \"Leave\", \"type\": \"REMOVE_FROM_GROUP\", \"listId\": \"" + list("gone-") + "\"}")
                .post(AUTOMATIONS + "/" + id + "/actions")
                .then().statusCode(422).body("violations.field", hasItems("listId"));
        api().body("{\"name\": \"Leave\", \"type\": \"REMOVE_FROM_GROUP\", \"listId\": \"" + list("down-") + "\"}")
                .post(AUTOMATIONS + "/" + id + "/actions")
                .then().statusCode(503);
    }

    @Test
    void anActionThatKeepsItsListIsNotAskedAboutAgain() {
        String listId = list("list-");
        String id = create(joining(keyword("KEEP"), listId));

        api().body("{\"enabled\": false}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);
        api().body("{\"name\": \"Renamed\"}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);

        contacts.verifyThat(1, getRequestedFor(urlPathEqualTo("/api/v1/lists/" + listId)));
    }

    @Test
    void anEditedActionNamingAnotherListIsChecked() {
        String id = create(joining(keyword("MOVE"), list("list-")));
        String actionId = api().get(AUTOMATIONS + "/" + id).path("actions[0].id");

        api().body("{\"name\": \"Join\", \"type\": \"ADD_TO_GROUP\", \"listId\": \"" + list("gone-") + "\"}")
                .put(AUTOMATIONS + "/" + id + "/actions/" + actionId)
                .then().statusCode(422).body("violations.field", hasItems("listId"));
    }

    private static String list(String answer) {
        return answer + UUID.randomUUID();
    }

    private static String joining(String keyword, String listId) {
        return """
                {"name": "Join", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "EXACT"},
                 "actions": [{"name": "Join", "type": "ADD_TO_GROUP", "listId": "%s"}]}
                """.formatted(number(), keyword, listId);
    }
}
