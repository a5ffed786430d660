package io.smsauto.notifier.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Vonage SMS API settings; without a key and a secret SMS go to the sandbox. */
@ConfigMapping(prefix = "vonage")
public interface VonageConfig {

    Optional<String> apiKey();

    Optional<String> apiSecret();

    /** Vonage's own by default; tests and the local run point it at a local stand-in. */
    String baseUrl();

    /** For connecting and for the answer to each request. */
    Duration timeout();

    /** Calls to Vonage per second from this replica (Vonage allows ~30 per key); 0 or less: unpaced. */
    double maxRate();

    default boolean hasCredentials() {
        return apiKey().filter(k -> !k.isBlank()).isPresent() && apiSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
