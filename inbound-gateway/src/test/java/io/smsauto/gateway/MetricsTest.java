package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.gateway.support.GatewayMetrics;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** Per-carrier counts and latencies at /q/metrics: accepted, rejected by reason, 503s (see BrokerOutageTest). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

    @Test
    void anAcceptedWebhookIsCountedForItsCarrier() {
        double before = GatewayMetrics.count("vonage", "accepted", "none");

        Webhooks.postVonage(vonageSms(uniqueSender(), uniqueId(), "hello")).then().statusCode(200);

        assertEquals(before + 1, GatewayMetrics.count("vonage", "accepted", "none"));
    }

    @Test
    void anAcceptedWebhookIsCountedAsAMessageReceivedFromItsCarrier() {
        double before = GatewayMetrics.received("vonage");

        Webhooks.postVonage(vonageSms(uniqueSender(), uniqueId(), "hello")).then().statusCode(200);

        assertEquals(before + 1, GatewayMetrics.received("vonage"));
    }

    @Test
    void aRefusedWebhookIsNoMessageReceived() {
        double before = GatewayMetrics.received("twilio");

        given().contentType(Webhooks.FORM_UTF8).body("MessageSid=SM1&From=%2B33612345678&To=%2B33757000001&Body=x")
                .when().post(Webhooks.TWILIO).then().statusCode(401);

        assertEquals(before, GatewayMetrics.received("twilio"));
    }

    @Test
    void aRefusedSignatureIsCountedAsRejectedForBadSignature() {
        double before = GatewayMetrics.count("twilio", "rejected", "bad-signature");

        given().contentType(Webhooks.FORM_UTF8).body("MessageSid=SM1&From=%2B33612345678&To=%2B33757000001&Body=x")
                .when().post(Webhooks.TWILIO).then().statusCode(401);

        assertEquals(before + 1, GatewayMetrics.count("twilio", "rejected", "bad-signature"));
    }

    @Test
    void aMalformedWebhookIsCountedAsRejectedMalformed() {
        double before = GatewayMetrics.count("vonage", "rejected", "malformed");

        given().contentType(Webhooks.FORM_UTF8).body("text=%FF").when().post(Webhooks.VONAGE).then().statusCode(400);

        assertEquals(before + 1, GatewayMetrics.count("vonage", "rejected", "malformed"));
    }

    @Test
    void aBodyTooLargeIsCountedEvenThoughNoResourceRuns() {
        double before = GatewayMetrics.count("messagemedia", "rejected", "too-large");

        given().contentType("application/json").body("x".repeat(70 * 1024)).when().post(Webhooks.MESSAGEMEDIA)
                .then().statusCode(413);

        assertEquals(before + 1, GatewayMetrics.count("messagemedia", "rejected", "too-large"));
    }

    @Test
    void aWrongContentTypeIsCountedAsRejectedUnsupportedMediaType() {
        double before = GatewayMetrics.count("twilio", "rejected", "unsupported-media-type");

        given().contentType("application/json").body("{}").when().post(Webhooks.TWILIO).then().statusCode(415);

        assertEquals(before + 1, GatewayMetrics.count("twilio", "rejected", "unsupported-media-type"));
    }

    @Test
    void theLatencyHistogramAndTheZeroSeriesOfEveryCarrierArePublished() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("smsauto_gateway_webhook_requests_seconds_bucket{carrier=\"messagemedia\",outcome=\"unavailable\""))
                .body(containsString("smsauto_gateway_webhook_requests_seconds_bucket{carrier=\"twilio\",outcome=\"accepted\""))
                .body(containsString("le=\"0.05\""));
    }
}
