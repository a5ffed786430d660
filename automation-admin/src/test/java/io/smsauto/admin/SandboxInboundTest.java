package io.smsauto.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.smsauto.admin.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.conventions.carrier.VonageSigner;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox phone: a message typed in the web UI goes to inbound-gateway (WireMock) as a signed Vonage webhook. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class SandboxInboundTest {

    private static final String WEBHOOK = "/webhooks/vonage/inbound";
    private static final String INBOUND = "/api/v1/sandbox/inbound";

    @ConfigProperty(name = "smsauto.gateway-url")
    URI gateway;

    @ConfigProperty(name = "vonage.signature-secret")
    String signatureSecret;

    private WireMock stand;

    @BeforeEach
    void connect() {
        stand = new WireMock(gateway.getHost(), gateway.getPort());
    }

    @Test
    void theMessageReachesTheGatewayAsAVonageWebhookSignedWithTheSecret() {
        String text = "Oui & merci = " + UUID.randomUUID();
        stand.register(post(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text)))
                .willReturn(aResponse().withStatus(200)));
        long before = Instant.now().getEpochSecond();

        String messageId = api().body(Map.of("from", "+33612000010", "to", "+33757000001", "text", text)).post(INBOUND)
                .then().statusCode(200).extract().path("messageId");

        Map<String, String> webhook = form(sentWith(text));
        assertEquals("33612000010", webhook.get("msisdn"));
        assertEquals("33757000001", webhook.get("to"));
        assertEquals(text, webhook.get("text"));
        assertEquals(messageId, webhook.get("messageId"));
        assertEquals("OUI", webhook.get("keyword"));
        assertEquals("text", webhook.get("type"));
        assertTrue(webhook.get("message-timestamp").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), webhook.toString());
        long timestamp = Long.parseLong(webhook.get("timestamp"));
        assertTrue(timestamp >= before && timestamp <= Instant.now().getEpochSecond(), webhook.toString());
        assertTrue(!webhook.get("nonce").isBlank());
        assertEquals(new VonageSigner(signatureSecret, VonageSigner.Method.MD5HASH).sign(webhook), webhook.get("sig"));
    }

    @Test
    void everyMessageHasAMessageIdOfItsOwn() {
        String text = "twice " + UUID.randomUUID();
        stand.register(post(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text)))
                .willReturn(aResponse().withStatus(200)));
        Map<String, String> sms = Map.of("from", "+33612000011", "to", "+33757000001", "text", text);

        String first = api().body(sms).post(INBOUND).then().statusCode(200).extract().path("messageId");
        String second = api().body(sms).post(INBOUND).then().statusCode(200).extract().path("messageId");

        assertTrue(!first.equals(second), first);
    }

    @Test
    void theGatewaysRefusalIsPassedBack() {
        String text = "refused " + UUID.randomUUID();
        stand.register(post(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 400, \"violations\": [{\"field\": \"text\", \"message\": \"bad\"}]}")));

        api().body(Map.of("from", "+33612000012", "to", "+33757000001", "text", text)).post(INBOUND)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("text"));
    }

    @Test
    void aGatewayThatCannotStoreTheMessageIsA503() {
        String text = "no broker " + UUID.randomUUID();
        stand.register(post(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text)))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                        .withHeader("Retry-After", "1").withBody("{\"status\": 503}")));

        api().body(Map.of("from", "+33612000013", "to", "+33757000001", "text", text)).post(INBOUND)
                .then().statusCode(503).header("Retry-After", "1");
    }

    @Test
    void aGatewayThatCannotBeReachedIsA503Problem() {
        String text = "gateway down " + UUID.randomUUID();
        stand.register(post(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        api().body(Map.of("from", "+33612000014", "to", "+33757000001", "text", text)).post(INBOUND)
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("inbound-gateway"));
    }

    @Test
    void badNumbersAndAMissingTextAreA422NamingEachFieldAndNothingIsSent() {
        String from = "not-" + UUID.randomUUID();

        api().body(Map.of("from", from, "to", "")).post(INBOUND)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItems("from", "to", "text"));

        stand.verifyThat(0, postRequestedFor(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(from))));
    }

    @Test
    void aTextLongerThan1600CharactersIsA422() {
        api().body(Map.of("from", "+33612000015", "to", "+33757000001", "text", "x".repeat(1601))).post(INBOUND)
                .then().statusCode(422).body("violations[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonIsA400() {
        api().body("{\"from\": ").post(INBOUND).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutTheTokenNothingIsSent() {
        String text = "no token " + UUID.randomUUID();

        given().contentType("application/json").body(Map.of("from", "+33612000016", "to", "+33757000001", "text", text))
                .post(INBOUND).then().statusCode(401);

        stand.verifyThat(0, postRequestedFor(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text))));
    }

    private LoggedRequest sentWith(String text) {
        List<LoggedRequest> sent = stand.find(postRequestedFor(urlPathEqualTo(WEBHOOK)).withRequestBody(containing(encode(text))));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
        return sent.get(0);
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : ""));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
