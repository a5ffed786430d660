package io.smsauto.admin.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smsauto.conventions.carrier.VonageSigner;
import java.util.Optional;

/** How the sandbox phone signs the webhooks it sends: as Vonage would, with the gateway's own settings. */
@ConfigMapping(prefix = "vonage")
public interface VonageSigningConfig {

    /** The secret inbound-gateway checks signatures with (env VONAGE_SIGNATURE_SECRET); unset, webhooks go unsigned. */
    Optional<String> signatureSecret();

    @WithDefault("md5hash")
    VonageSigner.Method signatureMethod();
}
