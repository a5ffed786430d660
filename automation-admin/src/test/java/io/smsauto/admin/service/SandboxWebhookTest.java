package io.smsauto.admin.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smsauto.admin.config.VonageSigningConfig;
import io.smsauto.admin.rest.SandboxInboundRequest;
import io.smsauto.conventions.carrier.VonageSigner;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Vonage webhook the sandbox phone builds, without the HTTP around it. */
class SandboxWebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:05:07Z");
    private static final SandboxInboundRequest SMS = new SandboxInboundRequest("+33612000020", "+33757000001", "  oui merci");

    @Test
    void withoutASignatureSecretTheWebhookIsNotSigned() {
        Map<String, String> webhook = phone(Optional.empty(), VonageSigner.Method.MD5HASH).webhook(SMS, NOW);

        assertFalse(webhook.containsKey("sig"));
    }

    @Test
    void theSignatureMethodIsTheGatewaysSetting() {
        Map<String, String> webhook = phone(Optional.of("k"), VonageSigner.Method.SHA512).webhook(SMS, NOW);

        assertEquals(new VonageSigner("k", VonageSigner.Method.SHA512).sign(webhook), webhook.get("sig"));
    }

    @Test
    void numbersLoseTheirPlusTimesAreUtcAndTheKeywordIsTheFirstWordInCapitals() {
        Map<String, String> webhook = phone(Optional.empty(), VonageSigner.Method.MD5HASH).webhook(SMS, NOW);

        assertEquals("33612000020", webhook.get("msisdn"));
        assertEquals("33757000001", webhook.get("to"));
        assertEquals("  oui merci", webhook.get("text"));
        assertEquals("OUI", webhook.get("keyword"));
        assertEquals("2026-11-24 09:05:07", webhook.get("message-timestamp"));
        assertEquals(String.valueOf(NOW.getEpochSecond()), webhook.get("timestamp"));
        assertEquals(18, webhook.get("messageId").length());
    }

    private static SandboxPhone phone(Optional<String> secret, VonageSigner.Method method) {
        return new SandboxPhone(null, null, new VonageSigningConfig() {
            @Override
            public Optional<String> signatureSecret() {
                return secret;
            }

            @Override
            public VonageSigner.Method signatureMethod() {
                return method;
            }
        });
    }
}
