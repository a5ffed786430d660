package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.mail.EmailChannel;
import io.smsauto.notifier.mail.OutgoingEmail;
import jakarta.enterprise.context.ApplicationScoped;

/** Email to one address, at most once, retried while the SMTP server refuses it for now. */
@ApplicationScoped
public class EmailDelivery {

    private final DeliveryEngine engine;
    private final EmailChannel channel;
    private final SendLog sendLog;
    private final SendCounters counters;

    public EmailDelivery(DeliveryEngine engine, EmailChannel channel, SendLog sendLog, SendCounters counters) {
        this.engine = engine;
        this.channel = channel;
        this.sendLog = sendLog;
        this.counters = counters;
    }

    public Uni<RecipientSend> send(OutgoingEmail email) {
        return engine.deliver(new Delivery(email.reference(), email.to(), () -> Uni.createFrom().voidItem(),
                        slot -> sendLog.claimEmail(slot, email.reference(), email.to()), () -> channel.send(email)))
                .invoke(counters::email)
                .map(sent -> new RecipientSend(email.to(), sent));
    }
}
