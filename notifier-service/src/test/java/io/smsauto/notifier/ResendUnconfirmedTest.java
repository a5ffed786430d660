package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventIds;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.OptOuts;
import io.smsauto.notifier.service.SmsDelivery;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code notifier.resend-unconfirmed-after}: an SMS whose outcome a crash left unknown (its claim made
 * here directly, as in {@link RestartTest}) is sent once more when no delivery receipt settled it in
 * time, and its event's result corrected; one that a receipt settled in time is not, nor one whose
 * recipient opted out meanwhile.
 */
@QuarkusTest
@TestProfile(ResendUnconfirmedProfile.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ResendUnconfirmedTest extends NotifierFlowTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OptOuts optOuts;

    @Test
    void anSmsCutShortAndNeverConfirmedIsSentOnceMoreAndItsResultCorrected() throws SQLException {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.accepted("0C0000000000B001"));
        ActionRequested request = Actions.reply(contact, "Cut short, never confirmed");
        cutShort(request.eventId(), contact);

        topics.send(request);

        List<ActionResult> results = topics.awaitResults(request.eventId(), 2);
        ActionResult unknown = results.get(0);
        ActionResult corrected = results.get(1);
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, unknown.detail());
        assertEquals(ResultStatus.SUCCEEDED, corrected.status());
        assertEquals(SmsDelivery.SENT_AGAIN + "1 segment", corrected.detail());
        assertEquals("0C0000000000B001", corrected.recipients().get(0).providerReference());
        assertTrue(corrected.finishedAt().isAfter(unknown.finishedAt()));
        assertEquals(List.of(EventIds.result(request.eventId()), EventIds.resultConfirmed(request.eventId(), contact)),
                topics.resultIds(request.eventId()));
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
        assertEquals(0, waitingSms(request.eventId()), "taken for good: never sent a third time");
    }

    @Test
    void anSmsSentAgainThatVonageRefusesHasItsResultCorrectedWithTheReason() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.status(7, "Number barred."));
        ActionRequested request = Actions.reply(contact, "Cut short, then refused");
        cutShort(request.eventId(), contact);

        topics.send(request);

        ActionResult corrected = topics.awaitResults(request.eventId(), 2).get(1);
        assertEquals(ResultStatus.FAILED, corrected.status());
        assertTrue(corrected.detail().contains("Number barred."), corrected.detail());
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
    }

    @Test
    void anSmsSentAgainWithoutAnAnswerIsNeverKeptForAThirdAttempt() throws SQLException {
        String contact = Actions.newNumber();
        // longer than vonage.timeout (5 s in tests): the request left, the answer never came
        vonage.answer(contact, VonageStubs.accepted("0C0000000000B004").withFixedDelay(7_000));
        ActionRequested request = Actions.reply(contact, "Cut short, then no answer");
        cutShort(request.eventId(), contact);
        topics.send(request);
        topics.awaitResult(request.eventId());
        await().atMost(NotifierTopics.PATIENCE).until(() -> sends.find(request.eventId(), contact)
                .filter(outcome -> outcome.detail() != null && outcome.detail().contains("no answer")).isPresent());

        topics.send(request);

        ActionResult redelivered = topics.awaitResults(request.eventId(), 2).get(1);
        assertTrue(redelivered.detail().startsWith(SendOutcome.UNKNOWN_PREFIX), redelivered.detail());
        // kept (if it were) before its result is published
        assertEquals(0, waitingSms(request.eventId()));
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
    }

    @Test
    void anSmsConfirmedByAReceiptInTimeIsNotSentAgain() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Cut short, confirmed in time");
        cutShort(request.eventId(), request.contact());
        topics.send(request);
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, topics.awaitResult(request.eventId()).detail());

        topics.send(Receipts.delivered(request.eventId(), request.contact(), "0C0000000000B003"));

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResults(request.eventId(), 2).get(1).status());
        // the resender takes the kept SMS once it is due, and finds it settled
        await().atMost(NotifierTopics.PATIENCE).until(() -> waitingSms(request.eventId()) == 0);
        assertTrue(vonage.requestsFor(request.eventId()).isEmpty());
        assertEquals(2, topics.results(request.eventId()).size());
    }

    @Test
    void anSmsWhoseRecipientOptedOutMeanwhileIsNotSentAgain() {
        String contact = Actions.newNumber();
        ActionRequested request = Actions.reply(contact, "Cut short, then opted out");
        cutShort(request.eventId(), contact);
        topics.send(request);
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, topics.awaitResult(request.eventId()).detail());

        topics.optOut(contact, true);
        await().atMost(NotifierTopics.PATIENCE).until(() -> optOuts.isOptedOut(contact));

        await().atMost(NotifierTopics.PATIENCE).until(() -> waitingSms(request.eventId()) == 0);
        assertTrue(vonage.requestsFor(request.eventId()).isEmpty());
        assertEquals(1, topics.results(request.eventId()).size(), "still reported unknown, not corrected");
    }

    private int waitingSms(String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM notifier.unconfirmed_sms WHERE event_id = ? AND taken_at IS NULL")) {
            select.setString(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
