package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.gateway.support.GatewayMetrics;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the webhooks' Vert.x routes read requests where JAX-RS used to: a chunked body (no declared
 * length) over the limit, a content type that is no media type, a POST that names none, OPTIONS, HEAD and
 * other methods a webhook does not take.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookRoutingTest extends WithInboundTopic {

    private static final int LIMIT = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource(Webhooks.VONAGE)
    URI vonage;

    @Test
    void aChunkedBodyOver64KiBIsA413CountedAsTooLarge() throws Exception {
        double before = GatewayMetrics.count("vonage", "rejected", "too-large");
        byte[] body = ("text=" + "a".repeat(LIMIT)).getBytes(StandardCharsets.US_ASCII);
        // a stream of unknown length is sent chunked, without Content-Length
        HttpRequest request = HttpRequest.newBuilder(vonage).header("Content-Type", Webhooks.FORM_UTF8)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals(before + 1, GatewayMetrics.count("vonage", "rejected", "too-large"));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        String sender = uniqueSender();
        String messageId = uniqueId();
        byte[] body = Webhooks.form(Signing.vonage(vonageSms(sender, messageId, "hello"))).getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(vonage).header("Content-Type", Webhooks.FORM_UTF8)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        topic.await(messageId);
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsA415() {
        given().contentType("garbage").body("text=hello".getBytes(StandardCharsets.US_ASCII)).when().post(Webhooks.VONAGE)
                .then().statusCode(415).contentType("application/problem+json").body("status", is(415));
    }

    @Test
    void aPostWithoutContentTypeIsReadAsTheCarriersFirstFormat() throws Exception {
        String messageId = uniqueId();
        String form = Webhooks.form(Signing.vonage(vonageSms(uniqueSender(), messageId, "hello")));
        HttpRequest request = HttpRequest.newBuilder(vonage).POST(HttpRequest.BodyPublishers.ofString(form)).build();

        assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        topic.await(messageId);
    }

    @Test
    void optionsNamesTheMethodsOfTheWebhook() {
        given().when().options(Webhooks.VONAGE).then().statusCode(200).header("Allow", "GET, POST, OPTIONS");
        given().when().options(Webhooks.TWILIO).then().statusCode(200).header("Allow", "POST, OPTIONS");
    }

    @Test
    void aHeadStoresNothingAndIsA405() {
        String sender = uniqueSender();
        String messageId = uniqueId();
        Map<String, String> sms = Signing.vonage(vonageSms(sender, messageId, "hello"));

        given().queryParams(sms).when().head(Webhooks.VONAGE).then().statusCode(405).header("Allow", "GET, POST, OPTIONS");

        // then the same message as a GET, and another from the same sender (the same partition, so read after)
        given().queryParams(sms).when().get(Webhooks.VONAGE).then().statusCode(200);
        String nextId = uniqueId();
        given().queryParams(Signing.vonage(vonageSms(sender, nextId, "again"))).when().get(Webhooks.VONAGE)
                .then().statusCode(200);
        topic.await(nextId);
        assertEquals(1, topic.recordsOf(messageId).size(), "stored by the GET only");
    }

    @Test
    void aMethodTheWebhookDoesNotTakeIsA405NamingTheOnesItDoes() {
        given().when().delete(Webhooks.TWILIO).then().statusCode(405).header("Allow", "POST, OPTIONS")
                .contentType("application/problem+json").body("status", is(405));
    }
}
