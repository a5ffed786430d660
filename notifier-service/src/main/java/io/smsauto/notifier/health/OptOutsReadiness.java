package io.smsauto.notifier.health;

import io.smsauto.notifier.service.OptOuts;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until every opt-out on the topic is known: an SMS sent earlier could reach a number that opted out. */
@Readiness
@ApplicationScoped
public class OptOutsReadiness implements HealthCheck {

    private final OptOuts optOuts;

    public OptOutsReadiness(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("contacts.opt-outs caught up").status(optOuts.isCaughtUp()).build();
    }
}
