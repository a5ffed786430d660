package io.smsauto.matcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the matcher consumes {@code sms.inbound}. */
@ConfigMapping(prefix = "matcher")
public interface MatcherConfig {

    /** How long the parts of a multipart message wait for the missing ones before it is matched as it is. */
    @WithDefault("60s")
    Duration multipartTimeout();

    /** How long a handled carrier message is remembered so that a redelivery fires nothing (DESIGN.md: at least 48 h). */
    @WithDefault("48h")
    Duration dedupeWindow();

    /**
     * The Kafka {@code transactional.id}: unique per replica and stable across its restarts, so that
     * a restarted replica aborts the transaction its predecessor left open at once.
     */
    String transactionalId();

    /** The longest a transaction may stay open; also how long a crashed replica's open one can hold readers up. */
    @WithDefault("10s")
    Duration transactionTimeout();

    /**
     * Consumers of {@code sms.inbound} in this replica (threads, each with its own partitions and
     * transactional id {@code <transactional-id>-<n>}): one handles records while another waits for
     * its commit.
     */
    @WithDefault("2")
    int consumers();

    /**
     * The Kafka {@code compression.type} of everything it writes. Its JSON events are several times
     * the size of the SMS, but compressing costs CPU on both sides (the broker checks compressed
     * batches), which the benchmark machine had less of than bytes.
     */
    @WithDefault("none")
    String compression();

    /**
     * The consumers' {@code session.timeout.ms} (heartbeats every third of it): how long the partitions of a
     * replica that died wait before another replica gets them. Kafka's default, 45 s, stalled matching that long.
     */
    @WithDefault("10s")
    Duration sessionTimeout();

    /** Records per poll, and so at most per transaction. */
    @WithDefault("500")
    int maxPollRecords();
}
