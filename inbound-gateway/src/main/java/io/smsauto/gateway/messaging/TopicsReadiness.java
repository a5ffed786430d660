package io.smsauto.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the producer has looked up {@code sms.inbound} and {@code sms.delivery-receipts}: before
 * that every webhook would be answered 503. A later broker outage does not make the gateway unready: its answer is 503, which
 * is what tells the carrier to deliver again.
 */
@Readiness
@ApplicationScoped
public class TopicsReadiness implements HealthCheck {

    private final CarrierEventPublisher publisher;

    public TopicsReadiness(CarrierEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("carrier events producer").status(publisher.knowsTheTopics()).build();
    }
}
