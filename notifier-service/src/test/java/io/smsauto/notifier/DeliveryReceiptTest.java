package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.Carrier;
import io.smsauto.events.DeliveryReceipt;
import io.smsauto.events.EventIds;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.UnknownOutcomes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vonage's delivery receipts settling the SMS whose outcome was unknown: a claim left without an
 * outcome (the process killed mid-send, made here by claiming the send directly, as in
 * {@link RestartTest}) or a request that never got its answer. Whether a receipt was handled is seen
 * through a second one for the same recipient that settles a send of its own (receipts are handled
 * several at once, so this waits long enough rather than exactly).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class DeliveryReceiptTest extends NotifierFlowTest {

    private static final String CONFIRMED = "sent: confirmed by a delivery receipt (delivered)";
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Inject
    UnknownOutcomes unknownOutcomes;

    @Inject
    AgroalDataSource dataSource;

    KafkaCompanion kafka;
    ConsumerTask<String, String> deadLetters;

    @BeforeEach
    void watchDeadLetters() {
        kafka = new KafkaCompanion(bootstrapServers);
        deadLetters = kafka.consumeStrings().fromTopics(Topics.SMS_DELIVERY_RECEIPTS + ".dlq");
    }

    @AfterEach
    void stopWatching() {
        deadLetters.stop();
        kafka.close();
    }

    @Test
    void aReceiptForAnSmsCutShortMakesItsEventReportItSucceeded() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Cut short, then confirmed");
        cutShort(request.eventId(), request.contact());

        topics.send(Receipts.delivered(request.eventId(), request.contact(), "0C0000000000A001"));
        awaitSettled(request.eventId(), request.contact());
        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(CONFIRMED, result.detail());
        assertEquals("0C0000000000A001", result.recipients().get(0).providerReference());
        assertEquals(List.of(EventIds.result(request.eventId())), topics.resultIds(request.eventId()));
        assertTrue(vonage.requestsFor(request.eventId()).isEmpty(), "confirmed, never sent again");
    }

    @Test
    void aReceiptAfterAnUnknownResultPublishesTheCorrectedResultUnderItsOwnId() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Reported unknown, then confirmed");
        cutShort(request.eventId(), request.contact());
        topics.send(request);
        ActionResult unknown = topics.awaitResult(request.eventId());
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, unknown.detail());

        topics.send(Receipts.delivered(request.eventId(), request.contact(), "0C0000000000A002"));

        ActionResult corrected = topics.awaitResults(request.eventId(), 2).get(1);
        assertEquals(ResultStatus.SUCCEEDED, corrected.status());
        assertEquals(CONFIRMED, corrected.detail());
        assertEquals(unknown.attempt(), corrected.attempt());
        assertTrue(corrected.finishedAt().isAfter(unknown.finishedAt()), "kept over the first by admin's history");
        assertEquals(unknown.automationId(), corrected.automationId());
        assertEquals(unknown.actionId(), corrected.actionId());
        assertEquals(unknown.contact(), corrected.contact());
        assertEquals(List.of(EventIds.result(request.eventId()),
                EventIds.resultConfirmed(request.eventId(), request.contact())), topics.resultIds(request.eventId()));
        assertTrue(vonage.requestsFor(request.eventId()).isEmpty());
    }

    @Test
    void aReceiptForAnSmsSentWithoutAnAnswerCorrectsItsFailedResult() {
        String contact = Actions.newNumber();
        // longer than vonage.timeout (5 s in tests): the request left, the answer never came
        vonage.answer(contact, VonageStubs.accepted("0C0000000000A003").withFixedDelay(7_000));
        ActionRequested request = Actions.reply(contact, "Sent, answer lost");
        topics.send(request);
        ActionResult unknown = topics.awaitResult(request.eventId());
        assertTrue(unknown.detail().startsWith("outcome-unknown: no answer from Vonage"), unknown.detail());

        topics.send(Receipts.delivered(request.eventId(), contact, "0C0000000000A003"));

        ActionResult corrected = topics.awaitResults(request.eventId(), 2).get(1);
        assertEquals(ResultStatus.SUCCEEDED, corrected.status());
        assertEquals(1, corrected.attempt());
        assertEquals(CONFIRMED, sends.find(request.eventId(), contact).orElseThrow().detail());
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
    }

    @Test
    void receiptsForAForwardToTwoNumbersCorrectItsResultOneNumberAtATime() {
        String first = Actions.newNumber();
        String second = Actions.newNumber();
        ActionRequested request = Actions.forwardToMobile(Actions.inbound(Actions.newNumber(), Actions.newNumber(),
                "Both cut short"), List.of(first, second));
        cutShort(request.eventId(), first);
        cutShort(request.eventId(), second);
        topics.send(request);
        assertEquals("2 SMS failed", topics.awaitResult(request.eventId()).detail());

        topics.send(Receipts.delivered(request.eventId(), first, "0C0000000000A004"));
        ActionResult halfConfirmed = topics.awaitResults(request.eventId(), 2).get(1);
        topics.send(Receipts.delivered(request.eventId(), second, "0C0000000000A005"));
        ActionResult confirmed = topics.awaitResults(request.eventId(), 3).get(2);

        assertEquals(ResultStatus.FAILED, halfConfirmed.status());
        assertEquals("2 SMS: 1 sent, 1 failed", halfConfirmed.detail());
        assertEquals(ResultStatus.SUCCEEDED, outcomeOf(halfConfirmed, first).status());
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, outcomeOf(halfConfirmed, second).detail());
        assertEquals(ResultStatus.SUCCEEDED, confirmed.status());
        assertEquals("2 SMS sent", confirmed.detail());
        assertEquals("0C0000000000A004", outcomeOf(confirmed, first).providerReference());
        assertEquals("0C0000000000A005", outcomeOf(confirmed, second).providerReference());
        assertTrue(confirmed.finishedAt().isAfter(halfConfirmed.finishedAt()));
        assertEquals(List.of(EventIds.result(request.eventId()), EventIds.resultConfirmed(request.eventId(), first),
                EventIds.resultConfirmed(request.eventId(), second)), topics.resultIds(request.eventId()));
    }

    @Test
    void aRepeatedReceiptPublishesNothingMore() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Confirmed twice");
        cutShort(request.eventId(), request.contact());
        topics.send(request);
        topics.awaitResult(request.eventId());
        DeliveryReceipt receipt = Receipts.delivered(request.eventId(), request.contact(), "0C0000000000A006");
        topics.send(receipt);
        topics.awaitResults(request.eventId(), 2);

        topics.send(receipt);
        // Vonage's next receipt for the same SMS, with another status
        topics.send(new DeliveryReceipt(EventIds.deliveryReceipt(Carrier.VONAGE, receipt.carrierMessageId(), "accepted"),
                Carrier.VONAGE, receipt.carrierMessageId(), receipt.clientRef(), receipt.recipient(), null, "accepted",
                "0", Instant.now()));
        awaitHandled(request.contact());

        assertNoMoreResults(request.eventId(), 2);
        assertEquals(CONFIRMED, sends.find(request.eventId(), request.contact()).orElseThrow().detail());
        assertNoDeadLetters(request.contact());
    }

    @Test
    void aReceiptForAnSmsSentNormallyChangesNothing() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.accepted("0C0000000000A007"));
        ActionRequested request = Actions.reply(contact, "Sent as usual");
        topics.send(request);
        assertEquals("1 segment", topics.awaitResult(request.eventId()).detail());

        topics.send(Receipts.delivered(request.eventId(), contact, "0C0000000000A007"));
        awaitHandled(contact);

        assertNoMoreResults(request.eventId(), 1);
        assertEquals("1 segment", sends.find(request.eventId(), contact).orElseThrow().detail());
        assertNoDeadLetters(contact);
    }

    @Test
    void aReceiptForAnSmsThatReallyFailedChangesNothing() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.status(7, "Number barred."));
        ActionRequested request = Actions.reply(contact, "Refused by Vonage");
        topics.send(request);
        ActionResult failed = topics.awaitResult(request.eventId());

        topics.send(Receipts.delivered(request.eventId(), contact, "0C0000000000A008"));
        awaitHandled(contact);

        assertNoMoreResults(request.eventId(), 1);
        assertEquals(failed.detail(), sends.find(request.eventId(), contact).orElseThrow().detail());
        assertNoDeadLetters(contact);
    }

    @Test
    void aReceiptNamingNoSendOfOursIsIgnored() {
        String recipient = Actions.newNumber();
        String unknownRef = UUID.randomUUID().toString();

        topics.send(Receipts.delivered(unknownRef, recipient, "0C0000000000A009"));
        awaitHandled(recipient);

        assertTrue(sends.find(unknownRef, recipient).isEmpty());
        assertNoMoreResults(unknownRef, 0);
        assertNoDeadLetters(recipient);
    }

    @Test
    void aReceiptWithoutClientRefIsIgnored() {
        String recipient = Actions.newNumber();

        topics.send(Receipts.delivered(null, recipient, "0C0000000000A010"));
        awaitHandled(recipient);

        assertNoDeadLetters(recipient);
    }

    @Test
    void anUnreadableReceiptGoesToTheDeadLetterTopicAndTheNextIsHandled() {
        String recipient = Actions.newNumber();

        topics.sendRaw(Topics.SMS_DELIVERY_RECEIPTS, recipient, "{not a receipt");
        awaitHandled(recipient);

        awaitDeadLetters(recipient, 1);
    }

    @Test
    void aReceiptWithoutRecipientGoesToTheDeadLetterTopic() {
        String recipient = Actions.newNumber();
        DeliveryReceipt withoutRecipient = new DeliveryReceipt(UUID.randomUUID().toString(), Carrier.VONAGE,
                "0C0000000000A011", UUID.randomUUID().toString(), null, null, "delivered", "0", Instant.now());

        topics.sendRaw(Topics.SMS_DELIVERY_RECEIPTS, recipient, NotifierTopics.json(withoutRecipient));
        awaitHandled(recipient);

        awaitDeadLetters(recipient, 1);
    }

    @Test
    void anOutcomeRecordedAfterTheReceiptOfASendStillUnderWayIsKept() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Receipt before our own outcome");
        // Vonage may send the receipt before the sender has recorded Vonage's answer
        cutShort(request.eventId(), request.contact());
        topics.send(Receipts.delivered(request.eventId(), request.contact(), "0C0000000000A012"));
        awaitSettled(request.eventId(), request.contact());

        sends.complete(request.eventId(), request.contact(),
                new SendOutcome(ResultStatus.SUCCEEDED, "1 segment", "0C0000000000A012", 1));
        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("1 segment", result.detail());
    }

    @Test
    void aResultReportingAnSmsConfirmedMeanwhileIsPublishedSucceeded() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Confirmed while reported");
        cutShort(request.eventId(), request.contact());
        // the redelivered event found the claim; the receipt came before its result was published
        ActionResult reported = ActionResult.of(request, ResultStatus.FAILED, SendOutcome.OUTCOME_UNKNOWN, 1,
                Instant.now(), List.of(new RecipientOutcome(request.contact(), ResultStatus.FAILED,
                        SendOutcome.OUTCOME_UNKNOWN, null)));
        topics.send(Receipts.delivered(request.eventId(), request.contact(), "0C0000000000A013"));
        awaitSettled(request.eventId(), request.contact());

        ActionResult published = unknownOutcomes.kept(reported).await().atMost(NotifierTopics.PATIENCE);

        assertEquals(ResultStatus.SUCCEEDED, published.status());
        assertEquals(CONFIRMED, published.detail());
        assertEquals("0C0000000000A013", published.recipients().get(0).providerReference());
    }

    @Test
    void aReceiptHeldUpDoesNotHoldUpTheNext() throws SQLException {
        ActionRequested heldUp = Actions.reply(Actions.newNumber(), "Its receipt waits for the database");
        ActionRequested next = Actions.reply(Actions.newNumber(), "Its receipt comes next");
        cutShort(heldUp.eventId(), heldUp.contact());
        cutShort(next.eventId(), next.contact());

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lockSend(connection, heldUp.eventId(), heldUp.contact());
            topics.send(Receipts.delivered(heldUp.eventId(), heldUp.contact(), "0C0000000000A014"));
            topics.send(Receipts.delivered(next.eventId(), next.contact(), "0C0000000000A015"));

            awaitSettled(next.eventId(), next.contact());
            connection.rollback();
        }

        awaitSettled(heldUp.eventId(), heldUp.contact());
    }

    /** Takes the send log's row of a send, as a receipt settling it does, until {@code connection} ends its transaction. */
    private static void lockSend(Connection connection, String eventId, String recipient) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT 1 FROM notifier.sends WHERE event_id = ? AND recipient = ? FOR UPDATE")) {
            lock.setString(1, eventId);
            lock.setString(2, recipient);
            try (ResultSet row = lock.executeQuery()) {
                assertTrue(row.next(), "claimed");
            }
        }
    }

    private void awaitSettled(String eventId, String recipient) {
        await().atMost(NotifierTopics.PATIENCE).until(() -> sends.find(eventId, recipient)
                .filter(outcome -> outcome.status() == ResultStatus.SUCCEEDED).isPresent());
    }

    /** Waits until the receipts sent so far for {@code recipient} have been handled. */
    private void awaitHandled(String recipient) {
        String probe = UUID.randomUUID().toString();
        cutShort(probe, recipient);
        topics.send(Receipts.delivered(probe, recipient, "probe-" + probe));
        awaitSettled(probe, recipient);
    }

    private void assertNoMoreResults(String eventId, int count) {
        await().during(QUIET).atMost(QUIET.multipliedBy(5)).until(() -> topics.results(eventId).size() == count);
    }

    private void awaitDeadLetters(String key, int count) {
        await().atMost(NotifierTopics.PATIENCE).until(() -> deadLettersFor(key) == count);
    }

    private void assertNoDeadLetters(String key) {
        await().during(QUIET).atMost(QUIET.multipliedBy(5)).until(() -> deadLettersFor(key) == 0);
    }

    private static RecipientOutcome outcomeOf(ActionResult result, String recipient) {
        return result.recipients().stream().filter(outcome -> recipient.equals(outcome.recipient())).findFirst()
                .orElseThrow();
    }

    private long deadLettersFor(String key) {
        return deadLetters.getRecords().stream().filter(record -> key.equals(record.key())).count();
    }
}
