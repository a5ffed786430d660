package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One contact's action events are handled in the order they came, the events of other contacts meanwhile:
 * Vonage answers a contact's first reply late, and what is sent after it shows who waited.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ContactOrderTest extends NotifierFlowTest {

    // under vonage.timeout (5 s in tests), so that the late answer still counts
    private static final long LATE_MS = 3_000;

    @Test
    void aContactsNextReplyWaitsForTheOneBefore() {
        String contact = Actions.newNumber();
        ActionRequested first = Actions.reply(contact, lateAnswered("Your order is confirmed"));
        ActionRequested next = Actions.reply(contact, "Delivery on Friday");

        topics.send(first, next);

        topics.awaitResult(next.eventId());
        LoggedRequest firstSent = vonage.requestsFor(first.eventId()).get(0);
        LoggedRequest nextSent = vonage.requestsFor(next.eventId()).get(0);
        long gap = nextSent.getLoggedDate().getTime() - firstSent.getLoggedDate().getTime();
        assertTrue(gap >= LATE_MS - 100, "the next reply left " + gap + " ms after the first, before its answer");
    }

    @Test
    void anotherContactsReplyDoesNotWait() {
        ActionRequested slow = Actions.reply(Actions.newNumber(), lateAnswered("Your order is confirmed"));
        ActionRequested other = Actions.reply(Actions.newNumber(), "Welcome");

        topics.send(slow, other);

        topics.awaitResult(slow.eventId());
        LoggedRequest slowSent = vonage.requestsFor(slow.eventId()).get(0);
        LoggedRequest otherSent = vonage.requestsFor(other.eventId()).get(0);
        long gap = otherSent.getLoggedDate().getTime() - slowSent.getLoggedDate().getTime();
        assertTrue(gap < LATE_MS, "the other contact's reply left " + gap + " ms after the slow one");
        assertEquals(1, vonage.requestsFor(other.eventId()).size());
    }

    /** A text that Vonage answers {@link #LATE_MS} late. */
    private String lateAnswered(String text) {
        String marker = "[" + UUID.randomUUID() + "]";
        vonage.answerTexts(marker, VonageStubs.accepted("0A00000000000042").withFixedDelay((int) LATE_MS));
        return text + " " + marker;
    }
}
