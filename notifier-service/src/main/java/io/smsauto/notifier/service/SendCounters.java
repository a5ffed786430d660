package io.smsauto.notifier.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * {@code smsauto_sms_sent_total{outcome}} and {@code smsauto_emails_sent_total{outcome}}: messages to one
 * recipient by how they ended — succeeded, failed, skipped (opted out, loop guard, already sent).
 */
@Startup // so that its series exist from the start, not from the first use
@ApplicationScoped
public class SendCounters {

    public static final String SMS = "smsauto.sms.sent";
    public static final String EMAILS = "smsauto.emails.sent";

    private final MeterRegistry registry;

    public SendCounters(MeterRegistry registry) {
        this.registry = registry;
        // the series an operator alerts on exist from the start, at zero
        for (ResultStatus status : ResultStatus.values()) {
            registry.counter(SMS, "outcome", tag(status));
            registry.counter(EMAILS, "outcome", tag(status));
        }
    }

    void sms(SendOutcome outcome) {
        registry.counter(SMS, "outcome", tag(outcome.status())).increment();
    }

    void email(SendOutcome outcome) {
        registry.counter(EMAILS, "outcome", tag(outcome.status())).increment();
    }

    private static String tag(ResultStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
