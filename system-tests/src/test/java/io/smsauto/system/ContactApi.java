package io.smsauto.system;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smsauto.runner.Service;
import java.util.List;
import java.util.Map;

/** contact-service's REST API: lists, members, contacts. */
final class ContactApi {

    private final String baseUri;

    ContactApi(RunningSystem running) {
        this.baseUri = running.url(Service.CONTACT_SERVICE).toString();
    }

    RequestSpecification request() {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + RunningSystem.API_TOKEN)
                .contentType("application/json");
    }

    /** Creates a list with a unique name and returns its id. */
    String createList(String name) {
        return request().body(Map.of("name", name + " " + Unique.id())).post("/api/v1/lists")
                .then().statusCode(201).extract().path("id");
    }

    void addMember(String listId, String number) {
        request().put("/api/v1/lists/" + listId + "/members/" + number).then().statusCode(201);
    }

    List<String> members(String listId) {
        return request().queryParam("size", 500).get("/api/v1/lists/" + listId + "/members")
                .then().statusCode(200).extract().path("members.number");
    }

    /** The contact as contact-service shows it, or null when it does not know the number. */
    JsonPath contact(String number) {
        var response = request().get("/api/v1/contacts/" + number);
        return response.statusCode() == 404 ? null : response.then().statusCode(200).extract().jsonPath();
    }

    boolean optedOut(String number) {
        JsonPath contact = contact(number);
        return contact != null && contact.getBoolean("optedOut");
    }
}
