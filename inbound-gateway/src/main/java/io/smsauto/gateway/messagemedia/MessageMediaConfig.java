package io.smsauto.gateway.messagemedia;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How Sinch MessageMedia signs its webhooks (its Signature Key Management API). */
@ConfigMapping(prefix = "messagemedia")
public interface MessageMediaConfig {

    /**
     * The enabled signature key's public key as MessageMedia returns it (base64 of the DER
     * SubjectPublicKeyInfo; PEM is accepted too). Without it webhooks are accepted unsigned.
     */
    Optional<String> signaturePublicKey();

    /** The digest the key was created with. */
    @WithDefault("SHA256")
    MessageMediaSignature.Digest signatureDigest();
}
