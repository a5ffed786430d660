package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.ActionResult;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.SendOutcome;
import io.smsauto.notifier.repository.SendKey;
import io.smsauto.notifier.repository.UnknownOutcomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settles the SMS whose outcome was unknown (claimed and never recorded, or sent without an answer)
 * with Vonage's delivery receipts: a receipt proves that Vonage took the SMS. A result reporting an
 * unknown outcome is kept before it is published; a receipt records its send SUCCEEDED and, when the
 * result kept for its event reports that send unknown, publishes the corrected result. An SMS sent
 * once more for want of a receipt ({@link UnconfirmedSms}) corrects the kept result the same way.
 *
 * <p>Both take the send log's row of each send concerned, then the kept result, in one transaction:
 * whichever comes second sees what the first did, so a receipt that arrives while a redelivered event
 * is reporting its send unknown either turns that report into SUCCEEDED or corrects it afterwards.
 */
@ApplicationScoped
public class UnknownOutcomes {

    private final UnknownOutcomeRepository repository;
    private final SendLog sendLog;

    public UnknownOutcomes(UnknownOutcomeRepository repository, SendLog sendLog) {
        this.repository = repository;
        this.sendLog = sendLog;
    }

    /**
     * The result to publish for an SMS action: {@code result} itself when no outcome in it is unknown;
     * else with the sends confirmed meanwhile by a receipt as such, and kept for later receipts.
     */
    public Uni<ActionResult> kept(ActionResult result) {
        List<String> unknown = unknownRecipients(result);
        if (unknown.isEmpty()) {
            return Uni.createFrom().item(result);
        }
        return sendLog.run("keeping the result of " + result.eventId(), () -> repository.inTransaction(connection -> {
            ActionResult revised = result;
            for (String recipient : unknown) {
                SendKey send = new SendKey(result.eventId(), recipient);
                Optional<SendOutcome> recorded = repository.lockSend(connection, send);
                if (recorded.isPresent() && recorded.get().status() == ResultStatus.SUCCEEDED) {
                    revised = ResultSummary.revised(revised, ResultSummary.SMS, outcome(recipient, recorded.get()));
                }
            }
            if (!unknownRecipients(revised).isEmpty()) {
                repository.keepResult(connection, revised);
            }
            return revised;
        }));
    }

    /**
     * Settles the send a receipt names ({@code clientRef}, {@code recipient}): an unknown outcome becomes
     * SUCCEEDED, and a kept result reporting it unknown is corrected and handed to {@code publish}, which
     * must have the broker take it before returning: the transaction commits only then, so a failed
     * publication leaves everything as it was for the receipt to be handled again. Any other send, or
     * none, is left alone: a receipt repeated finds nothing left to settle.
     */
    public Uni<Void> confirm(DeliveryReceipt receipt, Consumer<ActionResult> publish) {
        SendKey send = new SendKey(receipt.clientRef(), receipt.recipient());
        return settle("delivery receipt " + receipt.id() + " of " + send, send, publish, (connection, recorded) -> {
            if (!recorded.isUnknown()) {
                return recorded;
            }
            SendOutcome confirmed = confirmation(receipt, recorded.attempts());
            repository.recordSend(connection, send, confirmed);
            Log.infof("Send %s confirmed by delivery receipt %s (%s)", send, receipt.id(), receipt.status());
            return confirmed;
        });
    }

    /**
     * Corrects, as {@link #confirm} does, the kept result reporting {@code send} unknown, now that the
     * send log holds its outcome: its SMS was sent once more ({@link UnconfirmedSms}).
     */
    public Uni<Void> resent(SendKey send, Consumer<ActionResult> publish) {
        return settle("the SMS sent again for " + send, send, publish, (connection, recorded) -> recorded);
    }

    /** What the send log holds for a send once {@link #settle} has seen it: {@code recorded}, or better. */
    @FunctionalInterface
    private interface Settling {
        SendOutcome settled(Connection connection, SendOutcome recorded) throws SQLException;
    }

    private Uni<Void> settle(String what, SendKey send, Consumer<ActionResult> publish, Settling settling) {
        return sendLog.run(what, () -> repository.inTransaction(connection -> {
            Optional<SendOutcome> recorded = repository.lockSend(connection, send);
            if (recorded.isEmpty()) {
                Log.debugf("The %s names no send of ours", what);
                return null;
            }
            SendOutcome outcome = settling.settled(connection, recorded.get());
            if (!outcome.isUnknown()) {
                correct(connection, send, outcome, publish);
            }
            return null;
        })).replaceWithVoid();
    }

    private void correct(Connection connection, SendKey send, SendOutcome outcome, Consumer<ActionResult> publish)
            throws SQLException {
        Optional<ActionResult> published = repository.lockResult(connection, send.eventId());
        if (published.isPresent() && unknownRecipients(published.get()).contains(send.recipient())) {
            ActionResult corrected = ResultSummary.revised(published.get(), ResultSummary.SMS,
                    outcome(send.recipient(), outcome));
            repository.keepResult(connection, corrected);
            publish.accept(corrected);
            Log.infof("Result of %s corrected: %s (%s)", send.eventId(), corrected.status(), corrected.detail());
        }
    }

    /** The outcome a receipt proves: Vonage took the SMS, whatever the receipt says about the handset. */
    private static SendOutcome confirmation(DeliveryReceipt receipt, int attempts) {
        String detail = "sent: confirmed by a delivery receipt (" + receipt.status() + ")";
        return new SendOutcome(ResultStatus.SUCCEEDED, detail, receipt.carrierMessageId(), Math.max(attempts, 1));
    }

    private static RecipientOutcome outcome(String recipient, SendOutcome outcome) {
        return new RecipientSend(recipient, outcome).toEvent();
    }

    /** The recipients whose outcome {@code result} reports unknown, sorted: the order their rows are locked in. */
    private static List<String> unknownRecipients(ActionResult result) {
        return result.recipients() == null ? List.of() : result.recipients().stream()
                .filter(outcome -> SendOutcome.isUnknown(outcome.status(), outcome.detail()))
                .map(RecipientOutcome::recipient).sorted().toList();
    }
}
