package io.smsauto.gateway.twilio;

import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: base64 of the HMAC-SHA1, keyed with the auth token, of the
 * full URL Twilio called followed by every POST parameter, sorted by name, as name then value
 * (a name sent several times contributes each of its values, sorted).
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";
    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;

    public TwilioSignature(String authToken) {
        this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
    }

    public String sign(String url, Map<String, List<String>> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, values) ->
                values.stream().sorted().forEach(value -> data.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM lacks " + HMAC_SHA1, e);
        }
    }

    /**
     * Twilio may or may not count a default port ({@code :443}, {@code :80}) as part of the URL it
     * signed, so both spellings are accepted.
     *
     * @throws WebhookSignatureException when the header is missing or matches neither
     */
    public void verify(String url, Map<String, List<String>> params, String header) {
        if (header == null || header.isBlank()) {
            throw new WebhookSignatureException(HEADER + " is missing");
        }
        byte[] supplied = header.strip().getBytes(StandardCharsets.UTF_8);
        for (String candidate : withAndWithoutDefaultPort(url)) {
            if (MessageDigest.isEqual(sign(candidate, params).getBytes(StandardCharsets.US_ASCII), supplied)) {
                return;
            }
        }
        throw new WebhookSignatureException(HEADER + " does not match");
    }

    static List<String> withAndWithoutDefaultPort(String url) {
        List<String> urls = new ArrayList<>(List.of(url));
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return urls;
            }
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            if (uri.getPort() == -1) {
                urls.add(withPort(uri, defaultPort));
            } else if (uri.getPort() == defaultPort) {
                urls.add(withPort(uri, -1));
            }
        } catch (URISyntaxException e) {
            // checked against the URL as it is
        }
        return urls;
    }

    private static String withPort(URI uri, int port) {
        StringBuilder url = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(uri.getHost());
        if (port != -1) {
            url.append(':').append(port);
        }
        if (uri.getRawPath() != null) {
            url.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return url.toString();
    }
}
