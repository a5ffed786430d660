package io.smsauto.contacts;

import static io.restassured.RestAssured.given;
import static io.smsauto.contacts.Api.LISTS;
import static io.smsauto.contacts.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ListApiTest {

    @Test
    void createdListIsReturnedWithItsIdAndNoMembers() {
        String name = "VIP " + UUID.randomUUID();

        String id = api().body(Map.of("name", name)).post(LISTS)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/lists/"))
                .body("name", equalTo(name))
                .body("memberCount", equalTo(0))
                .extract().path("id");

        api().get(LISTS + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo(name)).body("memberCount", equalTo(0));
    }

    @Test
    void listsAreListedWithTheirMemberCounts() {
        String id = Api.createList();
        Api.addMember(id, Numbers.fresh());
        Api.addMember(id, Numbers.fresh());

        api().get(LISTS).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.memberCount", equalTo(2));
        api().get(LISTS + "/" + id).then().statusCode(200).body("memberCount", equalTo(2));
    }

    @Test
    void aListCanBeRenamed() {
        String id = Api.createList();
        String name = "Renamed " + UUID.randomUUID();

        api().body(Map.of("name", name)).put(LISTS + "/" + id).then().statusCode(200).body("name", equalTo(name));

        api().get(LISTS + "/" + id).then().body("name", equalTo(name));
    }

    @Test
    void aSecondListWithTheSameNameInAnyCaseIsAConflict() {
        String name = "Dup " + UUID.randomUUID();
        api().body(Map.of("name", name)).post(LISTS).then().statusCode(201);

        api().body(Map.of("name", name.toUpperCase())).post(LISTS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already exists"));
    }

    @Test
    void renamingToAnotherListsNameIsAConflictButChangingTheCaseOfItsOwnIsNot() {
        String taken = "Taken " + UUID.randomUUID();
        api().body(Map.of("name", taken)).post(LISTS).then().statusCode(201);
        String id = Api.createList();

        api().body(Map.of("name", taken)).put(LISTS + "/" + id).then().statusCode(409);
        api().body(Map.of("name", taken.toLowerCase())).post(LISTS).then().statusCode(409);
        String own = api().get(LISTS + "/" + id).then().extract().path("name");
        api().body(Map.of("name", own.toUpperCase())).put(LISTS + "/" + id).then().statusCode(200);
    }

    @Test
    void deletedListIsGoneWithItsMemberships() {
        String id = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(id, number);

        api().delete(LISTS + "/" + id).then().statusCode(204);

        api().get(LISTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        api().get(LISTS).then().body("id", not(hasItem(id)));
        api().get("/api/v1/contacts/" + number).then().statusCode(200).body("lists.id", not(hasItem(id)));
    }

    @Test
    void anUnknownListIsA404ForEveryMethod() {
        String unknown = LISTS + "/" + UUID.randomUUID();

        api().get(unknown).then().statusCode(404).contentType("application/problem+json");
        api().body(Map.of("name", "x")).put(unknown).then().statusCode(404);
        api().delete(unknown).then().statusCode(404);
        api().get(LISTS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void malformedJsonIsA400Problem() {
        api().body("{\"name\": ").post(LISTS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNameOfTheWrongTypeIsA400NamingIt() {
        api().body("{\"name\": {\"x\": 1}}").post(LISTS).then().statusCode(400).body("violations.field", hasItem("name"));
    }

    @Test
    void aMissingBlankOrTooLongNameIsA422NamingTheField() {
        api().body("{}").post(LISTS).then().statusCode(422).body("violations.field", hasItem("name"));
        api().body(Map.of("name", "   ")).post(LISTS).then().statusCode(422).body("violations.field", hasItem("name"));
        api().body(Map.of("name", "n".repeat(101))).post(LISTS).then().statusCode(422)
                .body("violations[0].message", containsString("100"));
        api().body(Map.of("name", " ")).put(LISTS + "/" + Api.createList()).then().statusCode(422);
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedAndChangeNothing() {
        String name = "Unauthorised " + UUID.randomUUID();

        given().contentType("application/json").body(Map.of("name", name)).post(LISTS)
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").get(LISTS).then().statusCode(401);
        given().get("/api/v1/contacts/%2B33612345678").then().statusCode(401);

        api().get(LISTS).then().body("name", not(hasItem(name)));
    }
}
