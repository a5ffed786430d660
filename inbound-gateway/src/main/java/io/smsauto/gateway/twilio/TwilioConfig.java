package io.smsauto.gateway.twilio;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How Twilio signs its webhooks. */
@ConfigMapping(prefix = "twilio")
public interface TwilioConfig {

    /** The account's auth token (env TWILIO_AUTH_TOKEN); without it webhooks are accepted unsigned. */
    Optional<String> authToken();

    /**
     * The scheme, host and any path prefix under which Twilio reaches the gateway, such as
     * {@code https://sms.example.com}, for a gateway behind a proxy or an ingress: Twilio signs the
     * URL it calls. Unset: the URL as the request arrived.
     */
    Optional<String> publicBaseUrl();
}
