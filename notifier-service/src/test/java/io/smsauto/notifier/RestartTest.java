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
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a restart or a rebalance does to the consumer: the records after the last committed offset
 * come again, some already sent, some being sent, some still queued (paced at 30/s here).
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class RestartTest extends NotifierFlowTest {

    @Test
    void aBurstDeliveredAgainWhileBeingSentSendsEachSmsOnce() {
        List<ActionRequested> burst = IntStream.range(0, 60)
                .mapToObj(i -> Actions.reply(Actions.newNumber(), "Burst " + i)).toList();
        List<String> eventIds = burst.stream().map(ActionRequested::eventId).toList();
        topics.send(burst.toArray(ActionRequested[]::new));
        topics.awaitResult(eventIds.get(0));

        // mid-burst: the first are sent, others are being sent or wait for their turn
        topics.send(burst.toArray(ActionRequested[]::new));

        topics.awaitResults(eventIds, 2);
        eventIds.forEach(id -> assertEquals(1, vonage.requestsFor(id).size(), id));
        eventIds.forEach(id -> assertTrue(topics.results(id).stream().allMatch(r -> r.status() == ResultStatus.SUCCEEDED),
                "the queued ones were sent once, the others' outcome repeated: " + topics.results(id)));
    }

    @Test
    void anSmsCutShortByARestartIsReportedUnknownAndNotSentAgain() {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Cut short");
        cutShort(request.eventId(), request.contact());

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(SendOutcome.OUTCOME_UNKNOWN, result.detail());
        assertTrue(vonage.requestsFor(request.eventId()).isEmpty());
    }
}
