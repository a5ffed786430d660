package io.smsauto.gateway.vonage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vonage.client.auth.hashutils.HashType;
import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.gateway.support.Signing;
import io.smsauto.conventions.carrier.VonageSigner;
import io.smsauto.conventions.carrier.VonageSigner.Method;
import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VonageSignatureTest {

    private static final String SECRET = "my-signature-secret";

    private static Map<String, String> inbound() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("msisdn", "33612345678");
        params.put("to", "33757000001");
        params.put("messageId", "0A0000001234567B");
        params.put("text", "Désinscription & co = 100% 👍");
        params.put("type", "unicode");
        params.put("keyword", "DÉSINSCRIPTION");
        params.put("message-timestamp", "2026-11-24 09:15:02");
        params.put("nonce", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        return params;
    }

    /** Each of our methods against the hash type Vonage's own SDK uses for it. */
    @ParameterizedTest
    @CsvSource({"MD5HASH, MD5", "MD5, HMAC_MD5", "SHA1, HMAC_SHA1", "SHA256, HMAC_SHA256", "SHA512, HMAC_SHA512"})
    void signsLikeVonagesSdk(Method method, HashType sdkType) {
        Map<String, String> signedBySdk = Signing.vonage(inbound(), SECRET, sdkType);

        assertEquals(signedBySdk.get("sig").toLowerCase(), new VonageSignature(SECRET, method).sign(signedBySdk));
        assertDoesNotThrow(() -> new VonageSignature(SECRET, method).verify(signedBySdk, Instant.now()));
    }

    /** A vector computed with the contract check's vonage_signature (md5 of "&k=v…" sorted, then the secret). */
    @Test
    void md5HashMatchesTheDocumentedConstruction() {
        Map<String, String> params = Map.of("msisdn", "447700900001", "to", "447700900000", "text", "a&b=c",
                "timestamp", "1700000000", "empty", " ");

        assertEquals("&msisdn=447700900001&text=a_b_c&timestamp=1700000000&to=447700900000",
                VonageSigner.signedString(params));
        assertEquals("017ac9b8ad6b7d0785f2d3eed9ee5477", new VonageSignature(SECRET, Method.MD5HASH).sign(params));
    }

    @Test
    void theSigParameterAndBlankValuesAreNotSigned() {
        Map<String, String> params = new HashMap<>(Map.of("msisdn", "1", "sig", "whatever", "keyword", "", "nonce", "  "));

        assertEquals("&msisdn=1", VonageSigner.signedString(params));
    }

    @Test
    void anUpperCaseSigIsAcceptedToo() {
        Map<String, String> params = Signing.vonage(inbound(), SECRET, HashType.HMAC_SHA256);
        params.put("sig", params.get("sig").toUpperCase());

        assertDoesNotThrow(() -> new VonageSignature(SECRET, Method.SHA256).verify(params, Instant.now()));
    }

    @Test
    void aSigMadeWithAnotherMethodDoesNotMatch() {
        Map<String, String> params = Signing.vonage(inbound(), SECRET, HashType.HMAC_SHA1);

        assertThrows(WebhookSignatureException.class,
                () -> new VonageSignature(SECRET, Method.SHA256).verify(params, Instant.now()));
    }

    @Test
    void aSigMadeWithAnotherSecretDoesNotMatch() {
        Map<String, String> params = Signing.vonage(inbound(), "another-secret", HashType.MD5);

        assertThrows(WebhookSignatureException.class,
                () -> new VonageSignature(SECRET, Method.MD5HASH).verify(params, Instant.now()));
    }

    @Test
    void aChangedParameterDoesNotMatch() {
        Map<String, String> params = Signing.vonage(inbound(), SECRET, HashType.MD5);
        params.put("msisdn", "33699999999");

        assertThrows(WebhookSignatureException.class,
                () -> new VonageSignature(SECRET, Method.MD5HASH).verify(params, Instant.now()));
    }

    @Test
    void aMissingSigIsRefused() {
        Map<String, String> params = Signing.vonage(inbound(), SECRET, HashType.MD5);
        params.remove("sig");

        assertThrows(WebhookSignatureException.class,
                () -> new VonageSignature(SECRET, Method.MD5HASH).verify(params, Instant.now()));
    }

    @Test
    void aMissingTimestampIsRefused() {
        Map<String, String> params = new HashMap<>(inbound());
        params.put("sig", new VonageSignature(SECRET, Method.MD5HASH).sign(params));

        assertThrows(WebhookSignatureException.class,
                () -> new VonageSignature(SECRET, Method.MD5HASH).verify(params, Instant.now()));
    }

    @ParameterizedTest
    @CsvSource({"-301, false", "-299, true", "299, true", "301, false"})
    void theTimestampMustBeWithinFiveMinutesOfOurClock(long offsetSeconds, boolean accepted) {
        Instant now = Instant.parse("2026-11-24T09:15:02Z");
        VonageSignature signature = new VonageSignature(SECRET, Method.MD5HASH);
        Map<String, String> params = new HashMap<>(inbound());
        params.put("timestamp", String.valueOf(now.getEpochSecond() + offsetSeconds));
        params.put("sig", signature.sign(params));

        if (accepted) {
            assertDoesNotThrow(() -> signature.verify(params, now));
        } else {
            assertThrows(WebhookSignatureException.class, () -> signature.verify(params, now));
        }
    }

    @Test
    void aTimestampThatIsNotANumberIsMalformed() {
        Map<String, String> params = new HashMap<>(inbound());
        params.put("timestamp", "yesterday");
        params.put("sig", "00");

        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> new VonageSignature(SECRET, Method.MD5HASH).verify(params, Instant.now()));
        assertEquals("timestamp", e.field());
    }
}
