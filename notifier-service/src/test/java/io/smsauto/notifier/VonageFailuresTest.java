package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** Vonage refusing or not answering: retried when it may take the SMS later, never sent twice. Retries are 6 at most in tests too. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class VonageFailuresTest extends NotifierFlowTest {

    @Test
    void aThrottledSmsIsSentOnceVonageTakesIt() {
        String contact = Actions.newNumber();
        vonage.answerInTurn(contact, VonageStubs.status(1, "Throughput Rate Exceeded"),
                VonageStubs.accepted("0C00000000000001"));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(2, result.attempt());
        assertEquals("0C00000000000001", result.recipients().get(0).providerReference());
        assertEquals(2, vonage.requestsTo(contact).size());
    }

    @Test
    void anInternalErrorAtVonageIsRetried() {
        String contact = Actions.newNumber();
        vonage.answerInTurn(contact, VonageStubs.status(5, "Internal Error"), VonageStubs.accepted("0C00000000000002"));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(2, vonage.requestsTo(contact).size());
    }

    @Test
    void anHttp500IsRetried() {
        String contact = Actions.newNumber();
        vonage.answerInTurn(contact, VonageStubs.httpStatus(500), VonageStubs.httpStatus(503),
                VonageStubs.accepted("0C00000000000003"));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(3, result.attempt());
        assertEquals(3, vonage.requestsTo(contact).size());
    }

    @Test
    void aPermanentRefusalFailsWithVonagesReasonWithoutRetry() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.status(7, "Number barred."));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals("vonage status 7 NUMBER_BARRED: Number barred.", result.detail());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void anHttp4xxFailsWithoutRetry() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.httpStatus(401));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.FAILED, result.status());
        assertTrue(result.detail().startsWith("vonage answered HTTP 401"), result.detail());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void anSmsWithoutAnAnswerIsReportedUnknownAndNeverSentAgain() {
        String contact = Actions.newNumber();
        // longer than vonage.timeout (5 s in tests): the request left, the answer never came
        vonage.answer(contact, VonageStubs.accepted("0C00000000000004").withFixedDelay(7_000));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.FAILED, result.status());
        assertTrue(result.detail().startsWith("outcome-unknown: no answer from Vonage"), result.detail());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void anSmsRefusedOnEveryAttemptFailsAfterTheLast() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.status(1, "Throughput Rate Exceeded"));

        ActionResult result = replyTo(contact);

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals("gave up after 6 attempts: vonage status 1 THROTTLED: Throughput Rate Exceeded", result.detail());
        assertEquals(6, result.attempt());
        assertEquals(6, vonage.requestsTo(contact).size());
    }

    @Test
    void anSmsWaitingForARetryDoesNotHoldUpOthers() {
        String slow = Actions.newNumber();
        String fast = Actions.newNumber();
        vonage.answer(slow, VonageStubs.status(1, "Throughput Rate Exceeded"));
        ActionRequested retried = Actions.reply(slow, "Retried");
        ActionRequested other = Actions.reply(fast, "Straight through");

        topics.send(retried);
        topics.send(other);

        ActionResult retriedResult = topics.awaitResult(retried.eventId());
        ActionResult otherResult = topics.awaitResult(other.eventId());
        assertEquals(ResultStatus.SUCCEEDED, otherResult.status());
        assertTrue(otherResult.finishedAt().isBefore(retriedResult.finishedAt()),
                "sent while the other was waiting for its retries");
    }

    private ActionResult replyTo(String contact) {
        ActionRequested request = Actions.reply(contact, "Hello");
        topics.send(request);
        return topics.awaitResult(request.eventId());
    }
}
