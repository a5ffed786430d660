package io.smsauto.matcher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code smsauto_automations_matched_total{automation}}: messages that fired each automation (built-in
 * keywords are no automation). Counted when the reaction is planned: a message handled again after a
 * transaction was aborted counts again.
 */
@ApplicationScoped
public class MatchCounter {

    public static final String NAME = "smsauto.automations.matched";

    private final MeterRegistry registry;
    /** Registering looks the meter up by name and tags each time: ~10 % of handling a message, so once per automation. */
    private final Map<String, Counter> byAutomation = new ConcurrentHashMap<>();

    public MatchCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(Reaction reaction) {
        if (reaction.triggered() != null) {
            byAutomation.computeIfAbsent(reaction.triggered().automation().id(), this::register).increment();
        }
    }

    private Counter register(String automationId) {
        return Counter.builder(NAME)
                .description("Inbound messages that fired the automation")
                .tag("automation", automationId)
                .register(registry);
    }
}
