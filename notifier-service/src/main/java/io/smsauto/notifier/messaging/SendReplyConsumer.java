package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smsauto.events.ActionRequested;
import io.smsauto.notifier.service.OptOuts;
import io.smsauto.notifier.service.SmsDelivery;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code actions.send-reply}: an SMS back to the contact, from the number they wrote to. The replies
 * to built-in keywords reach opted-out numbers too: the opt-out confirmation goes to a number that
 * has just opted out, and the opt-in confirmation may come before the opt-in is known here.
 */
@ApplicationScoped
public class SendReplyConsumer {

    private final OptOuts optOuts;
    private final SmsDelivery delivery;
    private final ActionReport report;

    public SendReplyConsumer(OptOuts optOuts, SmsDelivery delivery, ActionReport report) {
        this.optOuts = optOuts;
        this.delivery = delivery;
        this.report = report;
    }

    /**
     * {@code @Blocking(ordered = false)} lets SmallRye run several events at once (the Unis of a
     * non-blocking method are run one after the other); the {@link ContactTurn} keeps one contact's
     * events in order. The method itself only assembles the Uni.
     */
    @Incoming("send-reply")
    @Blocking(value = ActionRequests.WORKERS, ordered = false)
    public Uni<Void> reply(ActionRequested event, ContactTurn turn) {
        ActionRequested request = ActionRequests.wellFormed(event);
        if (request.action().message() == null || request.action().message().isEmpty()) {
            throw new IllegalArgumentException("reply " + request.eventId() + " has no message");
        }
        OutgoingSms sms = new OutgoingSms(request.eventId(), request.message().to(), request.contact(),
                request.action().message());
        return turn.begins().chain(optOuts::whenCaughtUp)
                .chain(() -> report.afterSms(request, List.of(delivery.send(sms, request.builtin() != null))));
    }
}
