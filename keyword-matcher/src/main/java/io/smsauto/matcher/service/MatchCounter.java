package io.smsauto.matcher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code smsauto_automations_matched_total{automation}}: messages that fired each automation (built-in
 * keywords are no automation). Counted when the reaction is planned: a message handled again after a
 * transaction was aborted counts again.
 */
@ApplicationScoped
public class MatchCounter {

    public static final String NAME = "smsauto.automations.matched";

    private final MeterRegistry registry;

    public MatchCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(Reaction reaction) {
        if (reaction.triggered() != null) {
            Counter.builder(NAME)
                    .description("Inbound messages that fired the automation")
                    .tag("automation", reaction.triggered().automation().id())
                    .register(registry)
                    .increment();
        }
    }
}
