package io.smsauto.conventions.carrier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code sig} parameter of Vonage's signed SMS webhooks (DESIGN.md §2), for whoever signs or checks
 * one. The parameters other than {@code sig}, without blank values and sorted by name, are joined as
 * {@code &name=value} with every {@code &} and {@code =} inside a name or value replaced by {@code _};
 * then {@code md5hash} is the MD5 of that string followed by the secret, and {@code md5}, {@code sha1},
 * {@code sha256}, {@code sha512} are the HMAC of that string keyed with the secret, all in lower-case hex.
 */
public final class VonageSigner {

    public static final String SIG = "sig";

    /** The signature methods of Vonage's dashboard (setting {@code vonage.signature-method}). */
    public enum Method {
        MD5HASH(null), MD5("HmacMD5"), SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String hmac;

        Method(String hmac) {
            this.hmac = hmac;
        }
    }

    private final String secret;
    private final Method method;

    public VonageSigner(String secret, Method method) {
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

    /** The string that is signed: {@code &name=value} for each parameter but {@code sig}, sorted, blanks left out. */
    public static String signedString(Map<String, String> params) {
        StringBuilder signed = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!SIG.equals(name) && value != null && !value.trim().isEmpty()) {
                signed.append('&').append(clean(name)).append('=').append(clean(value));
            }
        });
        return signed.toString();
    }

    private static String clean(String text) {
        return text.replace('&', '_').replace('=', '_');
    }
}
