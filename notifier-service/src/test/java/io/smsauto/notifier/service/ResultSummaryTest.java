package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.Carrier;
import io.smsauto.events.InboundSms;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.SendOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultSummaryTest {

    private static final ActionRequested FORWARD = new ActionRequested("e-1", new AutomationRef("a-1", "Shop"), null,
            new ActionSpec("x-1", "Tell the shop", ActionType.FORWARD_TO_MOBILE, null, "OUI",
                    List.of("+33611111111", "+33622222222"), null, null, null, null, null),
            new InboundSms("m-1", Carrier.VONAGE, "c-1", "+33612345678", "+33757000001", "OUI", Instant.EPOCH, null),
            Instant.EPOCH);

    private static final SendOutcome SENT = new SendOutcome(ResultStatus.SUCCEEDED, "1 segment", "0C01", 1);
    private static final SendOutcome SENT_AFTER_RETRY = new SendOutcome(ResultStatus.SUCCEEDED, "1 segment", "0C02", 3);
    private static final SendOutcome SKIPPED = SendOutcome.skipped("opted-out");
    private static final SendOutcome FAILED = SendOutcome.failed("vonage status 7 NUMBER_BARRED: Barred", 1);

    @Test
    void oneRecipientGivesItsOwnDetail() {
        ActionResult result = ResultSummary.of(FORWARD, "SMS", List.of(send(SKIPPED)));

        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("opted-out", result.detail());
        assertEquals(1, result.attempt());
    }

    @Test
    void allSentIsSucceededWithTheMostAttempts() {
        ActionResult result = ResultSummary.of(FORWARD, "SMS", List.of(send(SENT), send(SENT_AFTER_RETRY)));

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("2 SMS sent", result.detail());
        assertEquals(3, result.attempt());
    }

    @Test
    void sentAndSkippedIsSucceeded() {
        ActionResult result = ResultSummary.of(FORWARD, "SMS", List.of(send(SENT), send(SKIPPED)));

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("2 SMS: 1 sent, 1 skipped", result.detail());
    }

    @Test
    void anyFailureFailsTheAction() {
        ActionResult result = ResultSummary.of(FORWARD, "emails", List.of(send(SENT), send(SKIPPED), send(FAILED)));

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals("3 emails: 1 sent, 1 failed, 1 skipped", result.detail());
    }

    @Test
    void everyRecipientIsInTheResult() {
        ActionResult result = ResultSummary.of(FORWARD, "SMS", List.of(send(SENT), send(FAILED)));

        assertEquals(List.of("+33611111111", "+33611111111"),
                result.recipients().stream().map(r -> r.recipient()).toList());
        assertEquals("0C01", result.recipients().get(0).providerReference());
    }

    @Test
    void noRecipientsFails() {
        ActionResult result = ResultSummary.of(FORWARD, "SMS", List.of());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals("no recipients", result.detail());
    }

    @Test
    void aRevisedResultReplacesOneRecipientAndSumsUpAgain() {
        ActionResult published = ResultSummary.of(FORWARD, "SMS", List.of(
                new RecipientSend("+33611111111", SendOutcome.unknown()),
                new RecipientSend("+33622222222", SendOutcome.unknown())));

        ActionResult revised = ResultSummary.revised(published, "SMS",
                new RecipientOutcome("+33611111111", ResultStatus.SUCCEEDED, "sent: confirmed", "0C09"));

        assertEquals("2 SMS failed", published.detail());
        assertEquals(ResultStatus.FAILED, revised.status());
        assertEquals("2 SMS: 1 sent, 1 failed", revised.detail());
        assertEquals(List.of(ResultStatus.SUCCEEDED, ResultStatus.FAILED),
                revised.recipients().stream().map(RecipientOutcome::status).toList());
        assertEquals(published.attempt(), revised.attempt());
        assertEquals(published.eventId(), revised.eventId());
    }

    @Test
    void aRevisedResultFinishesAfterThePublishedOneEvenAheadOfThisClock() {
        Instant ahead = Instant.now().plusSeconds(60);
        ActionResult published = new ActionResult("e-1", ActionType.SEND_REPLY, "a-1", "x-1", "+33612345678",
                ResultStatus.FAILED, SendOutcome.OUTCOME_UNKNOWN, 1, ahead,
                List.of(new RecipientOutcome("+33612345678", ResultStatus.FAILED, SendOutcome.OUTCOME_UNKNOWN, null)));

        ActionResult revised = ResultSummary.revised(published, "SMS",
                new RecipientOutcome("+33612345678", ResultStatus.SUCCEEDED, "sent: confirmed", "0C09"));

        assertEquals(ResultStatus.SUCCEEDED, revised.status());
        assertEquals("sent: confirmed", revised.detail());
        assertEquals(ahead.plusMillis(1), revised.finishedAt());
    }

    private static RecipientSend send(SendOutcome outcome) {
        return new RecipientSend("+33611111111", outcome);
    }
}
