package io.smsauto.admin.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the broker that takes the changelog answers: the API cannot save anything otherwise. */
@Readiness
@ApplicationScoped
public class ChangelogReadiness implements HealthCheck {

    private final ChangelogPublisher publisher;

    public ChangelogReadiness(ChangelogPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("automations.changelog producer").status(publisher.brokerReachable()).build();
    }
}
