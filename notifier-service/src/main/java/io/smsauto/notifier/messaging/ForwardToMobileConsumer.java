package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.PhoneNumbers;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.service.ForwardTexts;
import io.smsauto.notifier.service.OptOuts;
import io.smsauto.notifier.service.RecipientSend;
import io.smsauto.notifier.service.SmsDelivery;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code actions.forward-to-mobile}: the message forwarded by SMS to each number, from the number the
 * contact wrote to, in the format {@code notifier.forward.sms-format}. Opted-out numbers get nothing.
 */
@ApplicationScoped
public class ForwardToMobileConsumer {

    private final OptOuts optOuts;
    private final SmsDelivery delivery;
    private final ForwardTexts texts;
    private final ActionReport report;

    public ForwardToMobileConsumer(OptOuts optOuts, SmsDelivery delivery, ForwardTexts texts, ActionReport report) {
        this.optOuts = optOuts;
        this.delivery = delivery;
        this.texts = texts;
        this.report = report;
    }

    /** Several events at once, one contact's in order: see {@link SendReplyConsumer#reply}. */
    @Incoming("forward-to-mobile")
    @Blocking(value = ActionRequests.WORKERS, ordered = false)
    public Uni<Void> forward(ActionRequested event, ContactTurn turn) {
        ActionRequested request = ActionRequests.wellFormed(event);
        String text = texts.sms(request);
        List<String> numbers = request.action().numbers() == null ? List.of()
                : request.action().numbers().stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
        return turn.begins().chain(optOuts::whenCaughtUp)
                .chain(() -> report.afterSms(request, numbers.stream().map(n -> send(request, n, text)).toList()));
    }

    private Uni<RecipientSend> send(ActionRequested request, String number, String text) {
        if (!PhoneNumbers.isE164(number)) {
            return Uni.createFrom().item(new RecipientSend(number, SendOutcome.failed("not an E.164 number", 0)));
        }
        return delivery.send(new OutgoingSms(request.eventId(), request.message().to(), number, text), false);
    }
}
