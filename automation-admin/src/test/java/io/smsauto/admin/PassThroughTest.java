package io.smsauto.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.smsauto.admin.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * contact-service's lists and contacts API and notifier-service's sandbox, reached through this service
 * for the web UI (WireMock stands in for both): same method, path, query, body and answer.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class PassThroughTest {

    private static final String BEARER = "Bearer " + Api.TOKEN;

    @ConfigProperty(name = "quarkus.rest-client.contact-service.url")
    URI standIn;

    private WireMock downstream;

    @BeforeEach
    void connect() {
        downstream = new WireMock(standIn.getHost(), standIn.getPort());
    }

    @Test
    void aListIsCreatedThroughTheAdminWithItsBodyAndOurToken() {
        String id = UUID.randomUUID().toString();
        downstream.register(post(urlPathEqualTo("/api/v1/lists")).withRequestBody(WireMock.equalTo("{\"name\": \"PT " + id + "\"}"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withHeader("Location", "/api/v1/lists/" + id)
                        .withBody("{\"id\": \"" + id + "\", \"name\": \"PT " + id + "\", \"memberCount\": 0}")));

        api().body("{\"name\": \"PT " + id + "\"}").post("/api/v1/lists")
                .then().statusCode(201)
                .header("Location", "/api/v1/lists/" + id)
                .contentType("application/json")
                .body("id", equalTo(id)).body("memberCount", equalTo(0));

        downstream.verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/lists"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .withHeader("Content-Type", containing("application/json")));
    }

    @Test
    void theQueryOfAMembersPageIsPassedAsSent() {
        String members = "/api/v1/lists/" + UUID.randomUUID() + "/members";
        downstream.register(get(urlEqualTo(members + "?page=2&size=5")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"page\": 2, \"size\": 5, \"total\": 11, \"members\": [{\"number\": \"+33612345678\"}]}")));

        api().get(members + "?page=2&size=5")
                .then().statusCode(200).body("total", equalTo(11)).body("members[0].number", equalTo("+33612345678"));
    }

    @Test
    void anEncodedNumberInThePathReachesContactServiceEncoded() {
        downstream.register(put(urlEqualTo("/api/v1/lists/pt-list/members/%2B33612000001"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"number\": \"+33612000001\"}")));
        downstream.register(get(urlEqualTo("/api/v1/contacts/%2B33612000001"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"number\": \"+33612000001\", \"optedOut\": false, \"lists\": []}")));

        api().urlEncodingEnabled(false).put("/api/v1/lists/pt-list/members/%2B33612000001").then().statusCode(201);
        api().urlEncodingEnabled(false).get("/api/v1/contacts/%2B33612000001").then().statusCode(200).body("optedOut", equalTo(false));
    }

    @Test
    void aProblemAnswerComesBackWithItsStatusAndBody() {
        String id = UUID.randomUUID().toString();
        downstream.register(put(urlPathEqualTo("/api/v1/lists/" + id)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 422, \"violations\": [{\"field\": \"name\", \"message\": \"is required\"}]}")));

        api().body("{\"name\": \"\"}").put("/api/v1/lists/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void aCsvImportIsPassedAsTextAndItsReportComesBack() {
        String importPath = "/api/v1/lists/" + UUID.randomUUID() + "/members/import";
        String csv = "number\n+33612000002\nnot a number\n";
        downstream.register(post(urlPathEqualTo(importPath)).withHeader("Content-Type", containing("text/csv"))
                .withRequestBody(WireMock.equalTo(csv))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"added\": 1, \"alreadyPresent\": 0, \"rejected\": 1}")));

        given().header("Authorization", BEARER).contentType("text/csv").body(csv).post(importPath)
                .then().statusCode(200).body("added", equalTo(1)).body("rejected", equalTo(1));
    }

    @Test
    void anExportComesBackAsCsvWithItsFileName() {
        String export = "/api/v1/lists/" + UUID.randomUUID() + "/members/export";
        downstream.register(get(urlPathEqualTo(export)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withHeader("Content-Disposition", "attachment; filename=\"l.csv\"")
                .withBody("number,added_at\n+33612000003,2026-11-24T10:00:00Z\n")));

        given().header("Authorization", BEARER).get(export)
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"l.csv\"")
                .body(equalTo("number,added_at\n+33612000003,2026-11-24T10:00:00Z\n"));
    }

    @Test
    void aDeletionAnsweredWithoutBodyIsA204() {
        String id = UUID.randomUUID().toString();
        downstream.register(WireMock.delete(urlPathEqualTo("/api/v1/lists/" + id)).willReturn(aResponse().withStatus(204)));

        api().delete("/api/v1/lists/" + id).then().statusCode(204).header("Content-Type", nullValue());
    }

    @Test
    void withoutTheTokenNothingIsPassedOn() {
        String id = UUID.randomUUID().toString();

        given().get("/api/v1/lists/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/api/v1/sandbox/messages?number=" + id).then().statusCode(401);

        downstream.verifyThat(0, anyRequestedFor(urlPathEqualTo("/api/v1/lists/" + id)));
        downstream.verifyThat(0, getRequestedFor(urlEqualTo("/api/v1/sandbox/messages?number=" + id)));
    }

    @Test
    void contactServiceRefusingOurTokenIsABadGatewayNotTheCallersFault() {
        String id = UUID.randomUUID().toString();
        downstream.register(get(urlPathEqualTo("/api/v1/lists/" + id)).willReturn(aResponse().withStatus(401)));

        api().get("/api/v1/lists/" + id).then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void contactServiceDownIsA503Problem() {
        String id = UUID.randomUUID().toString();
        downstream.register(any(urlPathMatching("/api/v1/contacts/.*" + id.substring(0, 8) + ".*"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        api().get("/api/v1/contacts/" + id.substring(0, 8))
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("detail", containsString("contact-service"));
    }

    @Test
    void contactServiceTooSlowIsA503Problem() {
        String id = UUID.randomUUID().toString();
        downstream.register(get(urlPathEqualTo("/api/v1/lists/" + id)).willReturn(aResponse().withStatus(200)
                .withFixedDelay(4_000)));

        api().get("/api/v1/lists/" + id).then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void theSandboxMessagesComeFromNotifierServiceWithTheQueryAsSent() {
        downstream.register(get(urlEqualTo("/api/v1/sandbox/messages?number=%2B33612000004&limit=5"))
                .withHeader("Authorization", WireMock.equalTo(BEARER))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[{\"id\": 7, \"from\": \"+33757000001\", \"to\": \"+33612000004\", \"text\": \"Hi\"}]")));

        api().urlEncodingEnabled(false).get("/api/v1/sandbox/messages?number=%2B33612000004&limit=5")
                .then().statusCode(200).body("[0].text", equalTo("Hi")).body("[0].to", equalTo("+33612000004"));
    }

    @Test
    void notifierServiceDownIsA503Problem() {
        downstream.register(get(urlEqualTo("/api/v1/sandbox/messages?number=%2B33612000005"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        api().urlEncodingEnabled(false).get("/api/v1/sandbox/messages?number=%2B33612000005")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("notifier-service"));
    }
}
