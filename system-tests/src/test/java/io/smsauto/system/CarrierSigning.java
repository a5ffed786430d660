package io.smsauto.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks the way each carrier documents it, with the secrets {@link RunningSystem} gives
 * inbound-gateway (independently of the gateway's own code, so that the two are checked against
 * each other).
 */
final class CarrierSigning {

    static final String VONAGE_SECRET = "system-test-vonage-secret";
    static final String TWILIO_AUTH_TOKEN = "system-test-twilio-token";
    static final KeyPair MESSAGEMEDIA_KEYS = rsaKeyPair();

    private CarrierSigning() {
    }

    /** Vonage md5hash: MD5 hex of {@code &name=value} over the sorted non-blank parameters, then the secret. */
    static String vonage(Map<String, String> params) {
        StringBuilder signed = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sig") && !value.isBlank()) {
                signed.append('&').append(clean(name)).append('=').append(clean(value));
            }
        });
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest((signed + VONAGE_SECRET).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Twilio: base64 HMAC-SHA1 of the URL called followed by each parameter, sorted, as name + value. */
    static String twilio(String url, Map<String, String> params) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TWILIO_AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MessageMedia: base64 SHA256withRSA over the request line, the Date header and the body. */
    static String messageMedia(String requestLine, String date, byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(MESSAGEMEDIA_KEYS.getPrivate());
            signer.update(requestLine.getBytes(StandardCharsets.UTF_8));
            signer.update(date.getBytes(StandardCharsets.UTF_8));
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String text) {
        return text.replace('&', '_').replace('=', '_');
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
