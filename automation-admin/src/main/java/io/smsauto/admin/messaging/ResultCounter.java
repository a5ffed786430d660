package io.smsauto.admin.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smsauto.admin.service.ResultChange;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.ResultStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The actions of every service by how they ended, counted here where all their results arrive
 * ({@code actions.results}) and are stored, so that each action counts once: {@code
 * smsauto_actions_results_total{type, status}} by its first result, and {@code
 * smsauto_actions_results_corrected_total{type, from, to}} when a later result changed its status (a
 * delivery receipt or a resend settled an unknown outcome). A result that comes again counts nothing.
 */
@Startup // so that its series exist from the start, not from the first use
@ApplicationScoped
public class ResultCounter {

    public static final String NAME = "smsauto.actions.results";
    public static final String CORRECTED = "smsauto.actions.results.corrected";

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

    void count(ActionResult result, ResultChange change) {
        switch (change.kind()) {
            case FIRST -> registry.counter(NAME, "type", tag(result.actionType()), "status", tag(result.status()))
                    .increment();
            case CORRECTED -> registry.counter(CORRECTED, "type", tag(result.actionType()), "from",
                    tag(change.previous()), "to", tag(result.status())).increment();
            case NONE -> { }
        }
    }

    private static String tag(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT);
    }
}
