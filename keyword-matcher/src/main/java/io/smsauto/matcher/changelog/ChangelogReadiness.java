package io.smsauto.matcher.changelog;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until every automation on the changelog is in the index: a message matched earlier could miss one. */
@Readiness
@ApplicationScoped
public class ChangelogReadiness implements HealthCheck {

    private final AutomationCatalog catalog;

    public ChangelogReadiness(AutomationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("automations.changelog caught up").status(catalog.isCaughtUp()).build();
    }
}
