package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** The reachability probe, and the benchmark's bare route, which is served only when asked for. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class PingTest {

    @Test
    void pingAnswersPong() {
        given().get("/ping").then().statusCode(200).body(is("pong"));
    }

    @Test
    void theBenchmarksPlainPingIsNotServedByDefault() {
        given().get("/bench/plain-ping").then().statusCode(404);
    }
}
