package io.smsauto.gateway.twilio;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.form;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class TwilioWebhookTest extends WithInboundTopic {

    /** The URL as the requests arrive, which is what Twilio signs when no public base URL is set. */
    @TestHTTPResource(Webhooks.TWILIO)
    URL url;

    static Map<String, String> twilioSms(String from, String messageSid, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "FR");
        params.put("SmsMessageSid", messageSid);
        params.put("NumMedia", "0");
        params.put("From", from);
        params.put("MessageSid", messageSid);
        params.put("AccountSid", "AC" + uniqueId());
        params.put("To", "+" + Webhooks.RECEIVER);
        params.put("Body", body);
        params.put("NumSegments", "1");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    private Response post(Map<String, String> params, String signature) {
        return given().contentType(Webhooks.FORM_UTF8).header(TwilioSignature.HEADER, signature)
                .body(form(params)).when().post(Webhooks.TWILIO);
    }

    private static String sign(String url, Map<String, String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        params.forEach((name, value) -> values.put(name, List.of(value)));
        return new TwilioSignature(Signing.TWILIO_AUTH_TOKEN).sign(url, values);
    }

    @Test
    void aSignedWebhookIsAnsweredWithEmptyTwimlOnceTheMessageIsOnTheTopic() {
        String sender = "+" + uniqueSender();
        String sid = "SM" + uniqueId();
        Map<String, String> params = twilioSms(sender, sid, "YES please, à 10h");
        Instant before = Instant.now();

        post(params, sign(url.toString(), params)).then().statusCode(200)
                .contentType(containsString("text/xml"))
                .body(containsString("<Response/>"));

        InboundSms sms = topic.awaitEvent(sid);
        assertEquals(new InboundSms(EventIds.inboundMessage(Carrier.TWILIO, sid), Carrier.TWILIO, sid, sender,
                "+" + Webhooks.RECEIVER, "YES please, à 10h", sms.receivedAt(), null), sms);
        assertTrue(Duration.between(before, sms.receivedAt()).toSeconds() < 60, "received now, not " + sms.receivedAt());
    }

    @Test
    void aWebhookWithoutSignatureIs401AndNothingIsStored() {
        String sender = uniqueSender();
        String sid = "SM" + uniqueId();

        given().contentType(Webhooks.FORM_UTF8).body(form(twilioSms("+" + sender, sid, "hello")))
                .when().post(Webhooks.TWILIO)
                .then().statusCode(401).contentType("application/problem+json");

        Webhooks.assertNothingStored(topic, sid, sender);
    }

    @Test
    void aSignatureOverChangedParametersIs401() {
        Map<String, String> params = twilioSms("+" + uniqueSender(), "SM" + uniqueId(), "hello");
        String signature = sign(url.toString(), params);
        params.put("Body", "something else");

        post(params, signature).then().statusCode(401);
    }

    @Test
    void aSignatureOverAnotherUrlIs401() {
        Map<String, String> params = twilioSms("+" + uniqueSender(), "SM" + uniqueId(), "hello");

        post(params, sign("https://elsewhere.example.com" + Webhooks.TWILIO, params)).then().statusCode(401);
    }

    @Test
    void aMissingFromIsA400NamingTheField() {
        Map<String, String> params = twilioSms("+" + uniqueSender(), "SM" + uniqueId(), "hello");
        params.remove("From");

        post(params, sign(url.toString(), params)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("From"));
    }

    @Test
    void aJsonBodyIs415WithAProblemBody() {
        given().contentType("application/json").body(Map.of("MessageSid", "SM1")).when().post(Webhooks.TWILIO)
                .then().statusCode(415).contentType("application/problem+json").body("status", org.hamcrest.Matchers.is(415));
    }

    @Test
    void aGetIs405() {
        given().when().get(Webhooks.TWILIO).then().statusCode(405);
    }
}
