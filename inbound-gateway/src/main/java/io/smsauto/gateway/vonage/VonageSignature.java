package io.smsauto.gateway.vonage;

import io.smsauto.conventions.carrier.VonageSigner;
import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The check of the {@code sig} parameter of Vonage's signed SMS webhooks: computed by
 * {@link VonageSigner} (shared with automation-admin's sandbox phone, which signs the webhooks it
 * sends), compared in constant time. The {@code timestamp} parameter (Unix seconds) must be within
 * 5 minutes of our clock.
 */
public final class VonageSignature {

    public static final String SIG = VonageSigner.SIG;
    public static final String TIMESTAMP = "timestamp";
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final VonageSigner signer;

    public VonageSignature(String secret, VonageSigner.Method method) {
        this.signer = new VonageSigner(secret, method);
    }

    /** The signature Vonage computes for these parameters, in lower-case hex. */
    public String sign(Map<String, String> params) {
        return signer.sign(params);
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
