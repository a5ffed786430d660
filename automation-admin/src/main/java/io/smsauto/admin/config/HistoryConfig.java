package io.smsauto.admin.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The execution history (application.properties, section History). */
@ConfigMapping(prefix = "history")
public interface HistoryConfig {

    /** Executions and results older than this are purged. */
    Duration retention();

    /** How often the purge runs. */
    Duration purgeInterval();
}
