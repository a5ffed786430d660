package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.InboundSms;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.OptOuts;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ForwardToMobileTest extends NotifierFlowTest {

    @Inject
    OptOuts optOuts;

    @Test
    void eachNumberGetsTheForwardNamingTheSenderAndTheReceivingNumber() {
        InboundSms sms = Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI please call me back");
        List<String> targets = List.of(Actions.newNumber(), Actions.newNumber());
        ActionRequested request = Actions.forwardToMobile(sms, targets);

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("2 SMS sent", result.detail());
        assertEquals(targets, result.recipients().stream().map(RecipientOutcome::recipient).toList());
        for (String target : targets) {
            LoggedRequest forward = vonage.requestsTo(target).get(0);
            assertEquals("Fwd from " + sms.from() + " to " + sms.to() + ": OUI please call me back",
                    forward.formParameter("text").firstValue());
            assertEquals(Actions.digits(sms.to()), forward.formParameter("from").firstValue());
        }
    }

    @Test
    void anOptedOutNumberGetsNoForwardWhileTheOthersDo() {
        String optedOut = Actions.newNumber();
        String subscribed = Actions.newNumber();
        topics.optOut(optedOut, true);
        await().atMost(NotifierTopics.PATIENCE).until(() -> optOuts.isOptedOut(optedOut));
        ActionRequested request = Actions.forwardToMobile(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of(optedOut, subscribed));

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("2 SMS: 1 sent, 1 skipped", result.detail());
        assertEquals(new RecipientOutcome(optedOut, ResultStatus.SKIPPED, "opted-out", null), result.recipients().get(0));
        assertTrue(vonage.requestsTo(optedOut).isEmpty());
        assertEquals(1, vonage.requestsTo(subscribed).size());
    }

    @Test
    void aTargetThatIsNotAPhoneNumberFailsAlone() {
        String valid = Actions.newNumber();
        ActionRequested request = Actions.forwardToMobile(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of("06 12", valid));

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(new RecipientOutcome("06 12", ResultStatus.FAILED, "not an E.164 number", null),
                result.recipients().get(0));
        assertEquals(ResultStatus.SUCCEEDED, result.recipients().get(1).status());
        assertEquals(1, vonage.requestsTo(valid).size());
    }
}
