package io.smsauto.gateway.twilio;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.form;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.gateway.support.InboundTopic;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Behind a proxy Twilio signs the public URL it calls, not the one the gateway sees. */
@QuarkusTest
@TestProfile(TwilioBehindProxyTest.PublicBaseUrl.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class TwilioBehindProxyTest {

    static final String PUBLIC_BASE_URL = "https://sms.example.com/gateway";

    public static class PublicBaseUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twilio.public-base-url", PUBLIC_BASE_URL + "/");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource(Webhooks.TWILIO)
    URL localUrl;

    private static String sign(String url, Map<String, String> params) {
        return new TwilioSignature(Signing.TWILIO_AUTH_TOKEN).sign(url, params.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    private static Map<String, String> sms(String sid) {
        return Map.of("MessageSid", sid, "From", "+" + uniqueSender(), "To", "+" + Webhooks.RECEIVER, "Body", "hi");
    }

    @Test
    void aSignatureOverThePublicUrlIsAccepted() {
        String sid = "SM" + uniqueId();
        Map<String, String> params = sms(sid);

        given().contentType(Webhooks.FORM_UTF8).header(TwilioSignature.HEADER, sign(PUBLIC_BASE_URL + Webhooks.TWILIO, params))
                .body(form(params)).when().post(Webhooks.TWILIO)
                .then().statusCode(200);

        try (InboundTopic topic = new InboundTopic(bootstrapServers)) {
            topic.await(sid);
        }
    }

    @Test
    void aSignatureOverTheUrlTheGatewaySeesIsRefused() {
        Map<String, String> params = sms("SM" + uniqueId());

        given().contentType(Webhooks.FORM_UTF8).header(TwilioSignature.HEADER, sign(localUrl.toString(), params))
                .body(form(params)).when().post(Webhooks.TWILIO)
                .then().statusCode(401);
    }
}
