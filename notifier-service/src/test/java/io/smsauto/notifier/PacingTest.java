package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** vonage.max-rate is 30 per second (the default): a burst is queued and sent at that pace. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class PacingTest extends NotifierFlowTest {

    @Test
    void aBurstIsSentAtMostThirtyPerSecondAndNoneIsDropped() {
        List<ActionRequested> burst = IntStream.range(0, 61)
                .mapToObj(i -> Actions.reply(Actions.newNumber(), "Burst " + i)).toList();

        topics.send(burst.toArray(ActionRequested[]::new));

        topics.awaitResults(burst.stream().map(ActionRequested::eventId).toList(), 1);
        List<Long> sentAt = burst.stream()
                .map(request -> vonage.requestsFor(request.eventId()))
                .peek(requests -> assertEquals(1, requests.size()))
                .map(requests -> requests.get(0))
                .map(LoggedRequest::getLoggedDate)
                .map(date -> date.getTime())
                .sorted()
                .toList();
        long span = sentAt.get(sentAt.size() - 1) - sentAt.get(0);
        // 60 intervals of 1/30 s; WireMock stamps requests to the millisecond
        assertTrue(span >= 1_950, "61 SMS went out within " + span + " ms");
    }
}
