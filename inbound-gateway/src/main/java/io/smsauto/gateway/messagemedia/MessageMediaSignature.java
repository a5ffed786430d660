package io.smsauto.gateway.messagemedia;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * MessageMedia's signed webhooks: {@code X-Messagemedia-Signature} is the base64 RSA (PKCS #1
 * v1.5) signature, with the key's digest, of the request line ({@code POST /path HTTP/1.1}), the
 * {@code Date} header and the body, concatenated. The {@code Date} must also be within 5 minutes
 * of our clock, so that a captured request cannot be replayed later.
 */
public final class MessageMediaSignature {

    public static final String HEADER = "X-Messagemedia-Signature";
    public static final String DATE = "Date";
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public enum Digest {
        SHA224, SHA256, SHA512;

        String algorithm() {
            return name() + "withRSA";
        }
    }

    private final PublicKey key;
    private final Digest digest;

    /** @throws IllegalArgumentException when {@code publicKey} is not an RSA public key */
    public MessageMediaSignature(String publicKey, Digest digest) {
        this.key = rsaPublicKey(publicKey);
        this.digest = digest;
    }

    /**
     * @throws WebhookSignatureException when the signature or the date is missing or wrong
     * @throws MalformedRequestException when the {@code Date} header is not an HTTP date
     */
    public void verify(String requestLine, String date, byte[] body, String signature, Instant now) {
        if (signature == null || signature.isBlank()) {
            throw new WebhookSignatureException(HEADER + " is missing");
        }
        if (date == null || date.isBlank()) {
            throw new WebhookSignatureException(DATE + " is missing");
        }
        if (Duration.between(httpDate(date), now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new WebhookSignatureException(DATE + " is more than " + MAX_CLOCK_SKEW.toMinutes() + " minutes off");
        }
        if (!matches(requestLine, date, body, signature.strip())) {
            throw new WebhookSignatureException(HEADER + " does not match");
        }
    }

    private boolean matches(String requestLine, String date, byte[] body, String signature) {
        try {
            Signature verifier = Signature.getInstance(digest.algorithm());
            verifier.initVerify(key);
            verifier.update(requestLine.getBytes(StandardCharsets.UTF_8));
            verifier.update(date.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false; // not base64, or not a signature of this key's size
        }
    }

    private static Instant httpDate(String date) {
        try {
            return ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(DATE, "Date must be an HTTP date such as Wed, 18 Jul 2018 06:33:52 GMT");
        }
    }

    private static PublicKey rsaPublicKey(String text) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("messagemedia.signature-public-key is not an RSA public key in base64", e);
        }
    }
}
