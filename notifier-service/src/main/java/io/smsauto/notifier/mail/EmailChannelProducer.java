package io.smsauto.notifier.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.LaunchMode;
import io.smsauto.notifier.config.NotifierConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * SMTP when a host is configured ({@code quarkus.mailer.host}, env {@code QUARKUS_MAILER_HOST}) and
 * quarkus-mailer does not mock; the log otherwise (DESIGN.md §7: "with no SMTP host, email is
 * logged"). quarkus-mailer's own default host (localhost) does not count as configured.
 */
public class EmailChannelProducer {

    @Produces
    @Singleton
    EmailChannel emailChannel(ReactiveMailer mailer, NotifierConfig notifier, Config config) {
        if (!hostConfigured(config.getConfigValue("quarkus.mailer.host"))) {
            Log.info("No SMTP host configured (QUARKUS_MAILER_HOST): email is logged, not sent");
            return new LoggedEmailChannel();
        }
        boolean mock = config.getOptionalValue("quarkus.mailer.mock", Boolean.class)
                .orElse(LaunchMode.current().isDevOrTest());
        if (mock) {
            Log.info("quarkus.mailer.mock is on: email is logged, not sent");
            return new LoggedEmailChannel();
        }
        Log.infof("Email is sent through SMTP at %s", config.getConfigValue("quarkus.mailer.host").getValue());
        return new SmtpEmailChannel(mailer, notifier.mailTimeout());
    }

    /** Set by the operator, as opposed to quarkus-mailer's default, which lives in a source of the lowest ordinal. */
    static boolean hostConfigured(ConfigValue host) {
        return host.getValue() != null && !host.getValue().isBlank() && host.getSourceOrdinal() > Integer.MIN_VALUE + 1000;
    }
}
