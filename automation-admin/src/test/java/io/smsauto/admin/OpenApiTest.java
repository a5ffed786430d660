package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** /q/openapi and /q/swagger-ui describe every endpoint, with examples, and need no token. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class OpenApiTest {

    @Test
    void theDocumentDescribesEveryEndpointWithExamples() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/automations"))
                .body("paths.'/api/v1/automations'", hasKey("get"))
                .body("paths.'/api/v1/automations'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/automations'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/automations/{id}'.keySet()", hasItems("get", "put", "patch", "delete"))
                .body("paths.'/api/v1/automations/{id}/actions'", hasKey("post"))
                .body("paths.'/api/v1/automations/{id}/actions/{actionId}'.keySet()",
                        hasItems("get", "put", "delete"))
                .body("paths.'/api/v1/automations/{id}/executions'.get.responses.'200'.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/api/v1/simulate'.post.responses.'200'.content.'application/json'.examples", hasKey("built-in"))
                .body("paths.'/api/v1/sandbox/inbound'.post.requestBody.content.'application/json'.examples", notNullValue())
                .body("paths.'/api/v1/sandbox/messages'", hasKey("get"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiIsServedWithoutTheToken() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }
}
