package io.smsauto.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the producer has looked up {@code sms.inbound}: before that every webhook would be
 * answered 503. A later broker outage does not make the gateway unready: its answer is 503, which
 * is what tells the carrier to deliver again.
 */
@Readiness
@ApplicationScoped
public class InboundTopicReadiness implements HealthCheck {

    private final InboundSmsPublisher publisher;

    public InboundTopicReadiness(InboundSmsPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sms.inbound producer").status(publisher.knowsTheTopic()).build();
    }
}
