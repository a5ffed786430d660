package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class SendReplyTest extends NotifierFlowTest {

    @Test
    void replyIsSentToTheContactFromTheNumberTheyWroteTo() {
        String contact = Actions.newNumber();
        ActionRequested request = Actions.reply(contact, "Hi " + contact);

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(new RecipientOutcome(contact, ResultStatus.SUCCEEDED, "1 segment", "0A0000000123ABCD1"),
                result.recipients().get(0));
        LoggedRequest sms = vonage.requestsTo(contact).get(0);
        assertEquals(Actions.digits(request.message().to()), sms.formParameter("from").firstValue());
        assertEquals("Hi " + contact, sms.formParameter("text").firstValue());
        assertEquals(request.eventId(), sms.formParameter("client-ref").firstValue());
        assertEquals("text", sms.formParameter("type").firstValue());
    }

    @Test
    void aTextOutsideGsm7IsSentAsUnicode() {
        String contact = Actions.newNumber();
        ActionRequested request = Actions.reply(contact, "Merci ! 😀 Спасибо");

        topics.send(request);

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResult(request.eventId()).status());
        LoggedRequest sms = vonage.requestsTo(contact).get(0);
        assertEquals("unicode", sms.formParameter("type").firstValue());
        assertEquals("Merci ! 😀 Спасибо", sms.formParameter("text").firstValue());
    }

    @Test
    void aLongReplyRecordsTheMessageIdOfEverySegment() {
        String contact = Actions.newNumber();
        vonage.answer(contact, VonageStubs.accepted("0B00000000000001", "0B00000000000002"));
        ActionRequested request = Actions.reply(contact, "x".repeat(200));

        topics.send(request);

        RecipientOutcome outcome = topics.awaitResult(request.eventId()).recipients().get(0);
        assertEquals("0B00000000000001,0B00000000000002", outcome.providerReference());
        assertEquals("2 segments", outcome.detail());
    }

    @Test
    void aRedeliveredEventSendsNoSecondSms() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Only once");

        topics.send(request);
        topics.awaitResult(request.eventId());
        topics.send(request);

        topics.awaitResults(List.of(request.eventId()), 2);
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
        assertEquals(topics.results(request.eventId()).get(0).recipients(),
                topics.results(request.eventId()).get(1).recipients(), "the second result repeats the recorded outcome");
    }
}
