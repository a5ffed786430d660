package io.smsauto.admin.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.ResultStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * {@code smsauto_actions_results_total{type, status}}: the actions of every service by how they ended,
 * counted here where all their results arrive ({@code actions.results}), once each is stored; a result
 * delivered again after a restart counts again.
 */
@Startup // so that its series exist from the start, not from the first use
@ApplicationScoped
public class ResultCounter {

    public static final String NAME = "smsauto.actions.results";

    private final MeterRegistry registry;

    public ResultCounter(MeterRegistry registry) {
        this.registry = registry;
        // the series an operator alerts on exist from the start, at zero
        for (ActionType type : ActionType.values()) {
            for (ResultStatus status : ResultStatus.values()) {
                registry.counter(NAME, "type", tag(type), "status", tag(status));
            }
        }
    }

    void count(ActionResult result) {
        registry.counter(NAME, "type", tag(result.actionType()), "status", tag(result.status())).increment();
    }

    private static String tag(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT);
    }
}
