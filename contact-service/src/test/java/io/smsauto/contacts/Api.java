package io.smsauto.contacts;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** REST calls as an authorised client. */
final class Api {

    static final String LISTS = "/api/v1/lists";

    private Api() {
    }

    static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-token").contentType(ContentType.JSON);
    }

    /** Creates a list with a unique name; returns its id. */
    static String createList() {
        return api().body(Map.of("name", "list " + UUID.randomUUID())).post(LISTS)
                .then().statusCode(201).extract().path("id");
    }

    static String members(String listId) {
        return LISTS + "/" + listId + "/members";
    }

    static void addMember(String listId, String number) {
        api().put(members(listId) + "/" + number).then().statusCode(201);
    }
}
