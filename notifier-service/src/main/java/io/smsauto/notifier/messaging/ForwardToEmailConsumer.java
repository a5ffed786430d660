package io.smsauto.notifier.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smsauto.events.ActionRequested;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.service.EmailDelivery;
import io.smsauto.notifier.service.ForwardTexts;
import io.smsauto.notifier.service.RecipientSend;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code actions.forward-to-email}: the message forwarded by email to each address. */
@ApplicationScoped
public class ForwardToEmailConsumer {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final EmailDelivery delivery;
    private final ForwardTexts texts;
    private final ActionReport report;

    public ForwardToEmailConsumer(EmailDelivery delivery, ForwardTexts texts, ActionReport report) {
        this.delivery = delivery;
        this.texts = texts;
        this.report = report;
    }

    /** Several events at once, one contact's in order: see {@link SendReplyConsumer#reply}. */
    @Incoming("forward-to-email")
    @Blocking(value = ActionRequests.WORKERS, ordered = false)
    public Uni<Void> forward(ActionRequested event, ContactTurn turn) {
        ActionRequested request = ActionRequests.wellFormed(event);
        List<String> addresses = request.action().emails() == null ? List.of()
                : request.action().emails().stream().filter(Objects::nonNull)
                        .map(address -> address.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        return turn.begins().chain(() -> report.after(request, "emails",
                addresses.stream().map(address -> send(request, address)).toList()));
    }

    private Uni<RecipientSend> send(ActionRequested request, String address) {
        if (!ADDRESS.matcher(address).matches()) {
            return Uni.createFrom().item(new RecipientSend(address, SendOutcome.failed("not an email address", 0)));
        }
        return delivery.send(texts.email(request, address));
    }
}
