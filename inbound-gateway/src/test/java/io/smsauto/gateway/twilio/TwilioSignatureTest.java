package io.smsauto.gateway.twilio;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    /** The example of Twilio's webhook security documentation. */
    private static final String DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> DOCS_PARAMS = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+12349013030"),
            "Digits", List.of("1234"),
            "From", List.of("+12349013030"),
            "To", List.of("+18005551212"));
    private static final String DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private final TwilioSignature signature = new TwilioSignature("12345");

    @Test
    void signsTheExampleOfTwiliosDocumentation() {
        assertEquals(DOCS_SIGNATURE, signature.sign(DOCS_URL, DOCS_PARAMS));
    }

    @Test
    void acceptsTheSignatureOfTwiliosDocumentation() {
        assertDoesNotThrow(() -> signature.verify(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE));
    }

    @Test
    void refusesTheSameSignatureForAnotherUrl() {
        assertThrows(WebhookSignatureException.class,
                () -> signature.verify("https://mycompany.com/myapp.php?foo=1&bar=3", DOCS_PARAMS, DOCS_SIGNATURE));
    }

    @Test
    void refusesTheSameSignatureForChangedParameters() {
        Map<String, List<String>> changed = new java.util.HashMap<>(DOCS_PARAMS);
        changed.put("Digits", List.of("9999"));

        assertThrows(WebhookSignatureException.class, () -> signature.verify(DOCS_URL, changed, DOCS_SIGNATURE));
    }

    @Test
    void refusesAnotherAuthToken() {
        assertThrows(WebhookSignatureException.class,
                () -> new TwilioSignature("54321").verify(DOCS_URL, DOCS_PARAMS, DOCS_SIGNATURE));
    }

    @Test
    void refusesAMissingHeader() {
        assertThrows(WebhookSignatureException.class, () -> signature.verify(DOCS_URL, DOCS_PARAMS, null));
        assertThrows(WebhookSignatureException.class, () -> signature.verify(DOCS_URL, DOCS_PARAMS, " "));
    }

    @Test
    void acceptsAUrlSignedWithTheDefaultPortWhenItArrivedWithout() {
        String signedWithPort = signature.sign("https://mycompany.com:443/myapp.php?foo=1&bar=2", DOCS_PARAMS);

        assertDoesNotThrow(() -> signature.verify(DOCS_URL, DOCS_PARAMS, signedWithPort));
    }

    @Test
    void acceptsAUrlSignedWithoutTheDefaultPortWhenItArrivedWithIt() {
        assertDoesNotThrow(() -> signature.verify("https://mycompany.com:443/myapp.php?foo=1&bar=2", DOCS_PARAMS,
                DOCS_SIGNATURE));
    }

    @Test
    void aNonDefaultPortIsPartOfTheSignedUrl() {
        assertEquals(List.of("http://127.0.0.1:8081/webhooks/twilio/inbound"),
                TwilioSignature.withAndWithoutDefaultPort("http://127.0.0.1:8081/webhooks/twilio/inbound"));
    }

    @Test
    void theDefaultPortVariantsKeepTheQueryStringAsItWasEncoded() {
        assertEquals(List.of("http://example.com/hook?a=b%20c", "http://example.com:80/hook?a=b%20c"),
                TwilioSignature.withAndWithoutDefaultPort("http://example.com/hook?a=b%20c"));
    }

    @Test
    void everyValueOfARepeatedParameterIsSignedInOrder() {
        String url = "https://example.com/hook";
        String inOneOrder = signature.sign(url, Map.of("MediaUrl", List.of("b", "a")));

        assertEquals(inOneOrder, signature.sign(url, Map.of("MediaUrl", List.of("a", "b"))));
        assertEquals(signature.sign(url + "MediaUrlaMediaUrlb", Map.of()), inOneOrder);
    }
}
