package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** DESIGN.md §6: no number receives more than 5 automated SMS in 10 minutes (the defaults). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class LoopGuardTest extends NotifierFlowTest {

    @Test
    void aSixthReplyToOneNumberWithinTenMinutesIsSkipped() {
        String contact = Actions.newNumber();
        List<ActionRequested> replies = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> Actions.reply(contact, "Auto-reply " + i)).toList();

        // one contact's events are handled concurrently, in no particular order (notifier README, "Concurrency"):
        // whichever comes sixth is skipped
        topics.send(replies.toArray(ActionRequested[]::new));

        List<ActionResult> results = replies.stream().map(r -> topics.awaitResult(r.eventId())).toList();
        assertEquals(5, results.stream().filter(r -> r.status() == ResultStatus.SUCCEEDED).count(), results::toString);
        assertEquals(List.of("loop-guard"), results.stream().filter(r -> r.status() == ResultStatus.SKIPPED)
                .map(ActionResult::detail).toList());
        assertEquals(5, vonage.requestsTo(contact).size());
    }

    @Test
    void forwardsCountTowardsTheTargetsLimit() {
        String target = Actions.newNumber();
        List<ActionRequested> forwards = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> Actions.forwardToMobile(Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"),
                        List.of(target)))
                .toList();

        forwards.forEach(topics::send);

        List<ActionResult> results = forwards.stream().map(f -> topics.awaitResult(f.eventId())).toList();
        assertEquals(5, results.stream().filter(r -> r.status() == ResultStatus.SUCCEEDED).count());
        assertEquals(List.of("loop-guard"), results.stream().filter(r -> r.status() == ResultStatus.SKIPPED)
                .map(ActionResult::detail).toList());
        assertEquals(5, vonage.requestsTo(target).size());
    }
}
