package io.smsauto.notifier.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.mail.EmailChannel;
import io.smsauto.notifier.mail.OutgoingEmail;
import io.smsauto.notifier.repository.SendRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Email to one address, at most once, retried while the SMTP server refuses it for now. */
@ApplicationScoped
public class EmailDelivery {

    private final DeliveryEngine engine;
    private final EmailChannel channel;
    private final SendRepository sends;

    public EmailDelivery(DeliveryEngine engine, EmailChannel channel, SendRepository sends) {
        this.engine = engine;
        this.channel = channel;
        this.sends = sends;
    }

    public Uni<RecipientSend> send(OutgoingEmail email) {
        return engine.deliver(new Delivery(email.reference(), email.to(), () -> Uni.createFrom().voidItem(),
                        () -> sends.claim(email.reference(), email.to()), () -> channel.send(email)))
                .map(sent -> new RecipientSend(email.to(), sent));
    }
}
