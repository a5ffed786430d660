package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** smsauto_http_calls_seconds: every HTTP attempt, by outcome. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class CallMetricsTest extends FlowTestSupport {

    @Test
    void aSucceededCallIsCountedAsSucceeded() {
        double before = calls("succeeded");
        ActionRequested event = event(HttpMethod.POST, url(stubbed(ok())));

        send(event);

        assertEquals(ResultStatus.SUCCEEDED, awaitResult(event.eventId()).status());
        await().atMost(WAIT).until(() -> calls("succeeded") >= before + 1);
    }

    @Test
    void aRefusedCallIsCountedAsPermanent() {
        double before = calls("permanent");
        ActionRequested event = event(HttpMethod.POST, url(stubbed(notFound())));

        send(event);

        assertEquals(ResultStatus.FAILED, awaitResult(event.eventId()).status());
        await().atMost(WAIT).until(() -> calls("permanent") >= before + 1);
    }

    private static double calls(String outcome) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^smsauto_http_calls_seconds_count\\{outcome=\"" + outcome + "\"[^}]*\\} (\\S+)",
                Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
