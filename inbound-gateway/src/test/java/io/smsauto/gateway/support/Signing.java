package io.smsauto.gateway.support;

import com.vonage.client.auth.RequestSigning;
import com.vonage.client.auth.hashutils.HashType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Signs requests the way each carrier does, with the secrets of the {@code %test} profile:
 * Vonage through its own SDK, MessageMedia with the private half of the test key pair.
 */
public final class Signing {

    public static final String VONAGE_SECRET = "test-vonage-signature-secret";
    public static final String TWILIO_AUTH_TOKEN = "test-twilio-auth-token";

    private Signing() {
    }

    /** The parameters with the {@code timestamp} (now) and {@code sig} Vonage's SDK adds, method md5hash. */
    public static Map<String, String> vonage(Map<String, String> params) {
        return vonage(params, VONAGE_SECRET, HashType.MD5);
    }

    public static Map<String, String> vonage(Map<String, String> params, String secret, HashType method) {
        Map<String, String> signed = new HashMap<>(params);
        signed.putAll(RequestSigning.getSignatureForRequestParameters(params, secret, method));
        return signed;
    }

    /** {@code X-Messagemedia-Signature}: RSA SHA-256 over the request line, the Date header and the body. */
    public static String messageMedia(String requestLine, String date, byte[] body) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(messageMediaPrivateKey());
            signer.update(requestLine.getBytes(StandardCharsets.UTF_8));
            signer.update(date.getBytes(StandardCharsets.UTF_8));
            signer.update(body);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public half of the test key pair, as the {@code %test} profile configures it. */
    public static String messageMediaPublicKey() {
        try (InputStream in = Signing.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("%test.messagemedia.signature-public-key");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey messageMediaPrivateKey() throws GeneralSecurityException {
        try (InputStream in = Signing.class.getResourceAsStream("/messagemedia-test-private-key.b64")) {
            byte[] der = Base64.getDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
