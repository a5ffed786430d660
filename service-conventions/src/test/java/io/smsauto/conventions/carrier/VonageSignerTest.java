package io.smsauto.conventions.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values computed independently, with the contract check's vonage_signature (Python hashlib/hmac). */
class VonageSignerTest {

    private static final Map<String, String> WEBHOOK = webhook();

    @Test
    void md5hashIsTheMd5OfTheSortedCleanedParametersFollowedByTheSecret() {
        assertEquals("79ad0bac5440f9de998bc35b35f8b171", new VonageSigner("s3cret", VonageSigner.Method.MD5HASH).sign(WEBHOOK));
    }

    @Test
    void sha256IsAnHmacOfTheSameString() {
        assertEquals("08eded4cf39ce39c686f3ce2daebe975eac9cfd0fcac85628de701cf16a54bf8",
                new VonageSigner("s3cret", VonageSigner.Method.SHA256).sign(WEBHOOK));
    }

    @Test
    void theSignedStringLeavesOutSigAndBlankValuesAndReplacesAmpersandsAndEquals() {
        assertEquals("&keyword=OUI&message-timestamp=2026-11-24 10:00:00&messageId=0A0000001234&msisdn=33612345678"
                + "&nonce=n-1&text=Oui _ merci _ ok&timestamp=1795514400&to=33757000001&type=text",
                VonageSigner.signedString(WEBHOOK));
    }

    private static Map<String, String> webhook() {
        Map<String, String> params = new HashMap<>();
        params.put("msisdn", "33612345678");
        params.put("to", "33757000001");
        params.put("messageId", "0A0000001234");
        params.put("text", "Oui & merci = ok");
        params.put("type", "text");
        params.put("keyword", "OUI");
        params.put("message-timestamp", "2026-11-24 10:00:00");
        params.put("timestamp", "1795514400");
        params.put("nonce", "n-1");
        params.put("empty", " ");
        params.put("sig", "not signed itself");
        return params;
    }
}
