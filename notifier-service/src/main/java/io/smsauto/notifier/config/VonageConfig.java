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

    Duration timeout();

    default boolean hasCredentials() {
        return apiKey().filter(k -> !k.isBlank()).isPresent() && apiSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
