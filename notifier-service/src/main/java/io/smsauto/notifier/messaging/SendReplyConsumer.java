package io.smsauto.notifier.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.notifier.service.SmsDelivery;
import io.smsauto.notifier.sms.OutgoingSms;
import io.smsauto.notifier.sms.SmsOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code actions.send-reply}: an SMS back to the contact, from the number they wrote to. */
@ApplicationScoped
public class SendReplyConsumer {

    private final SmsDelivery delivery;
    private final ActionResultPublisher results;

    public SendReplyConsumer(SmsDelivery delivery, ActionResultPublisher results) {
        this.delivery = delivery;
        this.results = results;
    }

    @Incoming("send-reply")
    @Blocking
    public void reply(ActionRequested request) {
        String contact = request.message().from();
        OutgoingSms sms = new OutgoingSms(request.eventId(), request.message().to(), contact, request.action().message());
        SmsOutcome outcome = delivery.sendOnce(sms);
        results.publishAndAwait(ActionResult.of(request, outcome.status(), outcome.detail(), 1, Instant.now(),
                List.of(new RecipientOutcome(contact, outcome.status(), outcome.detail(), outcome.providerReference()))));
    }
}
