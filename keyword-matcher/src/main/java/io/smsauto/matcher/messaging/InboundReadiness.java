package io.smsauto.matcher.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while no session consumes {@code sms.inbound} (before the index caught up, or between two sessions). */
@Readiness
@ApplicationScoped
public class InboundReadiness implements HealthCheck {

    private final InboundProcessing processing;

    public InboundReadiness(InboundProcessing processing) {
        this.processing = processing;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms.inbound consumed").status(processing.isConsuming()).build();
    }
}
