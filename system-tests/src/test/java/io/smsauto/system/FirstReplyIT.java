package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.smsauto.runner.Service;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first flow through every real hop: an automation saved at the API reaches the matcher through
 * the changelog; a Vonage webhook goes through the gateway, sms.inbound, the matcher,
 * actions.send-reply and the notifier to one SMS at Vonage, sent back from the number written to.
 */
class FirstReplyIT {

    private static RunningSystem running;

    @BeforeAll
    static void startSystem() throws Exception {
        running = RunningSystem.get();
    }

    @Test
    void aKeywordReplyReachesTheSenderFromTheNumberTheyWroteTo() {
        String keyword = "HELLO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[0-9-]", "X");
        String contact = "+33612" + (100000 + (int) (Math.random() * 899999));
        String business = "+33757000001";
        createAutomation(keyword, business, "Hi {{from}}, thanks for your {{keyword}}");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            vonageWebhook(contact, business, keyword.toLowerCase(), UUID.randomUUID().toString());
            return !smsTo(contact).isEmpty();
        });

        Map<String, String> sms = form(smsTo(contact).get(0));
        assertEquals(contact.substring(1), sms.get("to"));
        assertEquals(business.substring(1), sms.get("from"));
        assertEquals("Hi " + contact + ", thanks for your " + keyword, sms.get("text"));
    }

    @Test
    void aWebhookWithoutMsisdnIsRefusedWith400NamingTheField() {
        given().baseUri(running.url(Service.INBOUND_GATEWAY).toString())
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("to", "33757000001", "messageId", UUID.randomUUID().toString(), "text", "hello"))
                .post("/webhooks/vonage/inbound")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("msisdn"));
    }

    @Test
    void theAdminApiRefusesMalformedJsonAndMissingTokens() {
        admin().body("{not json").post("/api/v1/automations").then().statusCode(400);
        given().baseUri(running.url(Service.AUTOMATION_ADMIN).toString())
                .get("/api/v1/automations").then().statusCode(401);
    }

    private static void createAutomation(String keyword, String number, String reply) {
        admin().body(Map.of(
                        "name", "Hello " + keyword,
                        "enabled", true,
                        "numbers", List.of(number),
                        "trigger", Map.of("keywords", List.of(keyword), "match", "FIRST_WORD"),
                        "actions", List.of(Map.of("name", "Say hi", "type", "SEND_REPLY", "message", reply))))
                .post("/api/v1/automations")
                .then().statusCode(201);
    }

    /** Vonage's SMS API inbound format: numbers without '+', as a form POST. */
    private static void vonageWebhook(String from, String to, String text, String messageId) {
        given().baseUri(running.url(Service.INBOUND_GATEWAY).toString())
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("msisdn", from.substring(1), "to", to.substring(1), "messageId", messageId,
                        "text", text, "type", "text"))
                .post("/webhooks/vonage/inbound")
                .then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(running.url(Service.AUTOMATION_ADMIN).toString())
                .header("Authorization", "Bearer " + RunningSystem.API_TOKEN)
                .contentType("application/json");
    }

    private static List<LoggedRequest> smsTo(String contact) {
        return running.vonage.findAll(postRequestedFor(urlPathEqualTo("/sms/json"))
                .withRequestBody(containing("to=" + contact.substring(1))));
    }

    private static Map<String, String> form(LoggedRequest request) {
        return Arrays.stream(request.getBodyAsString().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : ""));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
