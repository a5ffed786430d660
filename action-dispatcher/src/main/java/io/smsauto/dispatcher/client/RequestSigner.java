package io.smsauto.dispatcher.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-Smsauto-Signature}: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes. */
public final class RequestSigner {

    public static final String HEADER = "X-Smsauto-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    /** Initialised with the key once; each signature works on a copy (a Mac is not thread-safe). */
    private final Mac keyed;

    public RequestSigner(String secret) {
        try {
            this.keyed = Mac.getInstance(ALGORITHM);
            keyed.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public String sign(byte[] body) {
        try {
            Mac mac = (Mac) keyed.clone();
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the HMAC-SHA256 provider cannot copy a keyed Mac", e);
        }
    }
}
