package io.smsauto.matcher.messaging;

import io.smallrye.mutiny.Uni;
import io.smsauto.events.InboundSms;
import io.smsauto.matcher.changelog.AutomationCatalog;
import io.smsauto.matcher.service.ReactionPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code sms.inbound}: each message is matched once the automation index has caught up, and
 * acknowledged only once every event it causes is stored.
 */
@ApplicationScoped
public class InboundSmsConsumer {

    private final AutomationCatalog catalog;
    private final ReactionPlanner planner;
    private final ReactionPublisher publisher;

    public InboundSmsConsumer(AutomationCatalog catalog, ReactionPlanner planner, ReactionPublisher publisher) {
        this.catalog = catalog;
        this.planner = planner;
        this.publisher = publisher;
    }

    @Incoming("sms-inbound")
    public Uni<Void> onInbound(InboundSms sms) {
        if (sms == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("unreadable sms.inbound record"));
        }
        return catalog.whenCaughtUp().chain(() -> publisher.publish(planner.plan(sms)));
    }
}
