package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every carrier webhook refuses before anything reaches Kafka (DESIGN.md §2). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest extends WithInboundTopic {

    private static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28};


    /** A JSON body, signed the way MessageMedia signs whatever it sends (its signature covers the raw body). */
    private static Response postJson(String path, byte[] body) {
        var request = given().contentType("application/json").body(body);
        if (Webhooks.MESSAGEMEDIA.equals(path)) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC));
            request.header("Date", date).header("X-Messagemedia-Signature",
                    Signing.messageMedia("POST " + path + " HTTP/1.1", date, body));
        }
        return request.when().post(path);
    }

    @Test
    void aFormValueThatIsNotUtf8IsA400NamingTheFieldAndNothingIsStored() {
        String sender = uniqueSender();
        String messageId = uniqueId();

        given().contentType(Webhooks.FORM_UTF8)
                .body("msisdn=" + sender + "&to=" + Webhooks.RECEIVER + "&messageId=" + messageId + "&text=caf%E9")
                .when().post(Webhooks.VONAGE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("text"))
                .body("detail", containsString("UTF-8"));

        Webhooks.assertNothingStored(topic, messageId, sender);
    }

    @Test
    void aTwilioFormValueThatIsNotUtf8IsA400NamingTheField() {
        given().contentType(Webhooks.FORM_UTF8).body("MessageSid=SM1&From=%2B33612345678&Body=%FF")
                .when().post(Webhooks.TWILIO)
                .then().statusCode(400).body("violations.field", hasItem("Body"));
    }

    @Test
    void aQueryStringThatIsNotUtf8IsA400NamingTheField() {
        given().urlEncodingEnabled(false)
                .when().get(Webhooks.VONAGE + "?msisdn=33612345678&to=33757000001&messageId=X1&text=%C3%28")
                .then().statusCode(400).body("violations.field", hasItem("text"));
    }

    @Test
    void aBrokenPercentEscapeIsA400NamingTheField() {
        given().contentType(Webhooks.FORM_UTF8).body("msisdn=33612345678&to=%2G33757000001")
                .when().post(Webhooks.VONAGE)
                .then().statusCode(400).body("violations.field", hasItem("to"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Webhooks.VONAGE, Webhooks.MESSAGEMEDIA})
    void aJsonBodyThatIsNotUtf8IsA400(String path) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(NOT_UTF8);
        body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));

        postJson(path, body.toByteArray())
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Webhooks.VONAGE, Webhooks.MESSAGEMEDIA})
    void aBodyThatIsNotJsonIsA400(String path) {
        postJson(path, "{\"text\": oops".getBytes(StandardCharsets.US_ASCII))
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("JSON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Webhooks.VONAGE, Webhooks.MESSAGEMEDIA})
    void aJsonBodyThatIsNotAnObjectIsA400(String path) {
        postJson(path, "[1, 2]".getBytes(StandardCharsets.US_ASCII))
                .then().statusCode(400).body("violations.field", hasItem("body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Webhooks.VONAGE, Webhooks.TWILIO, Webhooks.MESSAGEMEDIA})
    void aBodyOver64KiBIsA413(String path) {
        String type = Webhooks.MESSAGEMEDIA.equals(path) ? "application/json" : Webhooks.FORM_UTF8;

        given().contentType(type).body("text=" + "a".repeat(64 * 1024 + 1)).when().post(path)
                .then().statusCode(413);
    }

    @Test
    void aBodyOfExactly64KiBIsRead() {
        String prefix = "msisdn=33612345678&to=33757000001&messageId=" + uniqueId() + "&text=";
        String body = prefix + "a".repeat(64 * 1024 - prefix.length());

        given().contentType(Webhooks.FORM_UTF8).body(body).when().post(Webhooks.VONAGE)
                .then().statusCode(401); // read in full, then refused for its missing signature
    }

    @ParameterizedTest
    @ValueSource(strings = {Webhooks.VONAGE, Webhooks.TWILIO, Webhooks.MESSAGEMEDIA})
    void aPlainTextBodyIsA415WithAProblemBody(String path) {
        given().contentType("text/plain").body("hello").when().post(path)
                .then().statusCode(415).contentType("application/problem+json").body("status", is(415));
    }
}
