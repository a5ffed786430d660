package io.smsauto.gateway.vonage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smsauto.conventions.carrier.VonageSigner;
import java.util.Optional;

/** How Vonage signs its webhooks, inbound SMS and delivery receipts (Dashboard → API settings → signed webhooks). */
@ConfigMapping(prefix = "vonage")
public interface VonageConfig {

    /** The account's signature secret (env VONAGE_SIGNATURE_SECRET); without it webhooks are accepted unsigned. */
    Optional<String> signatureSecret();

    /** The signature method chosen in Vonage's dashboard. */
    @WithDefault("md5hash")
    VonageSigner.Method signatureMethod();

    /** The check of the webhooks' signatures, when a secret is set. */
    default Optional<VonageSignature> signature() {
        return signatureSecret().map(secret -> new VonageSignature(secret, signatureMethod()));
    }
}
