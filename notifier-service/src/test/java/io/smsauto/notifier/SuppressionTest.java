package io.smsauto.notifier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.OptOuts;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Opted-out numbers get nothing but the replies to built-in keywords. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class SuppressionTest extends NotifierFlowTest {

    @Inject
    OptOuts optOuts;

    @Test
    void anOptedOutContactGetsNoReply() {
        String contact = optedOutNumber();
        ActionRequested request = Actions.reply(contact, "Promo");

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("opted-out", result.detail());
        assertTrue(vonage.requestsTo(contact).isEmpty());
    }

    @Test
    void theOptOutConfirmationReachesTheNumberThatJustOptedOut() {
        String contact = optedOutNumber();
        ActionRequested confirmation = Actions.builtinReply(contact, BuiltinKeyword.OPT_OUT, "You are unsubscribed.");

        topics.send(confirmation);

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResult(confirmation.eventId()).status());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void theOptInConfirmationGoesOutBeforeTheOptInIsKnown() {
        String contact = optedOutNumber();
        ActionRequested confirmation = Actions.builtinReply(contact, BuiltinKeyword.OPT_IN, "You are subscribed again.");

        topics.send(confirmation);

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResult(confirmation.eventId()).status());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void aContactWhoOptedBackInGetsRepliesAgain() {
        String contact = optedOutNumber();
        topics.optOut(contact, false);
        await().atMost(NotifierTopics.PATIENCE).until(() -> !optOuts.isOptedOut(contact));
        ActionRequested request = Actions.reply(contact, "Welcome back");

        topics.send(request);

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResult(request.eventId()).status());
        assertEquals(1, vonage.requestsTo(contact).size());
    }

    @Test
    void aDeletedOptOutRecordEndsTheOptOut() {
        String contact = optedOutNumber();

        topics.forgetOptOut(contact);

        await().atMost(NotifierTopics.PATIENCE).until(() -> !optOuts.isOptedOut(contact));
    }

    @Test
    void theServiceIsReadyOnceItKnowsEveryOptOut() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.name", hasItem("contacts.opt-outs caught up"));
    }

    private String optedOutNumber() {
        String number = Actions.newNumber();
        topics.optOut(number, true);
        await().atMost(NotifierTopics.PATIENCE).until(() -> optOuts.isOptedOut(number));
        return number;
    }
}
