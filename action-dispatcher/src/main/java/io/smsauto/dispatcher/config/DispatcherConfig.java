package io.smsauto.dispatcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The {@code dispatcher.*} settings; README.md explains each. */
@ConfigMapping(prefix = "dispatcher")
public interface DispatcherConfig {

    /** Allows loopback, private, link-local… targets (tests and the local run, whose targets are local). */
    @WithDefault("false")
    boolean allowPrivate();

    /** When set, every call carries {@code X-Smsauto-Signature: sha256=<hex HMAC-SHA256 of the body>}. */
    Optional<String> signingSecret();

    /** The most one call may take, from connecting to the last byte of the response read. */
    @WithDefault("10s")
    Duration timeout();

    /** How much of a response body is read; the rest is not. */
    @WithDefault("262144")
    int maxResponseBytes();

    Retry retry();

    /** Calls in flight to one host at a time: a slow host uses up its own share, never the others'. */
    @WithDefault("16")
    int perHostConcurrency();

    /** Calls waiting for one host in memory; beyond that they wait in the database for {@link #busyHostDelay()}. */
    @WithDefault("256")
    int perHostQueue();

    /** Calls held in memory (in flight or waiting for their host) before consumption waits. */
    @WithDefault("2048")
    int maxPending();

    /** How long a call that found its host's queue full waits before it is picked up again. */
    @WithDefault("2s")
    Duration busyHostDelay();

    /** How long a replica owns the calls it took; another replica takes over those it did not finish by then. */
    @WithDefault("2m")
    Duration lease();

    /**
     * How long the outcome of calls already made is tried again while the database cannot take it; only
     * after that are they left to their leases running out, which makes them again.
     */
    @WithDefault("1h")
    Duration outcomePatience();

    /** How often due retries, replays and calls left by a stopped replica are looked for. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long succeeded calls are kept: a redelivered event younger than this is recognised. */
    @WithDefault("14d")
    Duration retention();

    interface Retry {

        /** Attempts in all, the first included. */
        @WithDefault("6")
        int maxAttempts();

        /** Delay before the second attempt; each later one is {@link #multiplier()} times longer. */
        @WithDefault("30s")
        Duration initialDelay();

        @WithDefault("2")
        double multiplier();

        /** Each delay is moved at random by up to this fraction, so that retries do not arrive together. */
        @WithDefault("0.2")
        double jitter();

        /** No delay is longer, a {@code Retry-After} included. */
        @WithDefault("10m")
        Duration maxDelay();
    }
}
