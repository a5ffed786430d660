package io.smsauto.gateway.vonage;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code sig} parameter of Vonage's signed SMS webhooks. The parameters other than
 * {@code sig}, without blank values and sorted by name, are joined as {@code &name=value} with
 * every {@code &} and {@code =} inside a name or value replaced by {@code _}; then
 * {@code md5hash} is the MD5 of that string followed by the secret, and {@code md5}, {@code sha1},
 * {@code sha256}, {@code sha512} are the HMAC of that string keyed with the secret, all in hex.
 * The {@code timestamp} parameter (Unix seconds) must be within 5 minutes of our clock.
 */
public final class VonageSignature {

    public static final String SIG = "sig";
    public static final String TIMESTAMP = "timestamp";
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public enum Method {
        MD5HASH(null), MD5("HmacMD5"), SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String hmac;

        Method(String hmac) {
            this.hmac = hmac;
        }
    }

    private final String secret;
    private final Method method;

    public VonageSignature(String secret, Method method) {
        this.secret = secret;
        this.method = method;
    }

    /** The signature Vonage computes for these parameters, in lower-case hex. */
    public String sign(Map<String, String> params) {
        byte[] signed = signedString(params).getBytes(StandardCharsets.UTF_8);
        try {
            if (method == Method.MD5HASH) {
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                md5.update(signed);
                return HexFormat.of().formatHex(md5.digest(secret.getBytes(StandardCharsets.UTF_8)));
            }
            Mac mac = Mac.getInstance(method.hmac);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), method.hmac));
            return HexFormat.of().formatHex(mac.doFinal(signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM lacks " + method, e);
        }
    }

    /**
     * @throws WebhookSignatureException when {@code sig} or {@code timestamp} is missing, the
     *         timestamp is too far from {@code now} or the signature does not match
     * @throws MalformedRequestException when {@code timestamp} is not a number
     */
    public void verify(Map<String, String> params, Instant now) {
        String supplied = params.get(SIG);
        if (isBlank(supplied)) {
            throw new WebhookSignatureException("sig is missing");
        }
        String timestamp = params.get(TIMESTAMP);
        if (isBlank(timestamp)) {
            throw new WebhookSignatureException("timestamp is missing");
        }
        if (Math.abs(now.getEpochSecond() - seconds(timestamp)) > MAX_CLOCK_SKEW.toSeconds()) {
            throw new WebhookSignatureException("timestamp is more than " + MAX_CLOCK_SKEW.toMinutes() + " minutes off");
        }
        byte[] expected = sign(params).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = supplied.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new WebhookSignatureException("sig does not match");
        }
    }

    static String signedString(Map<String, String> params) {
        StringBuilder signed = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!SIG.equals(name) && !isBlank(value)) {
                signed.append('&').append(clean(name)).append('=').append(clean(value));
            }
        });
        return signed.toString();
    }

    private static String clean(String text) {
        return text.replace('&', '_').replace('=', '_');
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    private static long seconds(String timestamp) {
        try {
            return Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(TIMESTAMP, "timestamp must be a Unix time in seconds");
        }
    }
}
