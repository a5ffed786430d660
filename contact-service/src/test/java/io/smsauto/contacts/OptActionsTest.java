package io.smsauto.contacts;

import static io.smsauto.contacts.ActionEvents.start;
import static io.smsauto.contacts.ActionEvents.stop;
import static io.smsauto.contacts.Api.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class OptActionsTest {

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @Test
    void stopOptsOutAnUnknownNumberSinceItWasSentAndPublishesIt() {
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        ActionRequested stop = stop(Numbers.fresh(), sent);

        kafka.send(stop);

        ActionResult result = kafka.awaitResult(stop);
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("opted-out", result.detail());
        api().get("/api/v1/contacts/" + stop.contact()).then().statusCode(200)
                .body("optedOut", equalTo(true)).body("optedOutAt", equalTo(sent.toString()));
        await().atMost(TestKafka.TIMEOUT).until(() -> !kafka.optOuts(stop.contact()).isEmpty());
        assertEquals(List.of(new OptOutStatus(stop.contact(), true, sent)), kafka.optOuts(stop.contact()));
    }

    @Test
    void aSecondStopIsSkippedAndPublishesNothing() {
        String number = Numbers.fresh();
        ActionRequested first = stop(number, Instant.now().minusSeconds(10));
        ActionRequested second = stop(number, Instant.now());
        kafka.send(first);
        kafka.awaitResult(first);

        kafka.send(second);

        ActionResult result = kafka.awaitResult(second);
        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("already-opted-out", result.detail());
        assertPublishedExactly(number, true);
    }

    @Test
    void startOptsAStoppedNumberBackIn() {
        String number = Numbers.fresh();
        ActionRequested stop = stop(number, Instant.now().minusSeconds(10));
        ActionRequested start = start(number, Instant.now());
        kafka.send(stop);
        kafka.awaitResult(stop);

        kafka.send(start);

        ActionResult result = kafka.awaitResult(start);
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("opted-in", result.detail());
        api().get("/api/v1/contacts/" + number).then().body("optedOut", equalTo(false));
        assertPublishedExactly(number, true, false);
    }

    @Test
    void startForASubscribedNumberIsSkipped() {
        ActionRequested start = start(Numbers.fresh(), Instant.now());

        kafka.send(start);

        ActionResult result = kafka.awaitResult(start);
        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("not-opted-out", result.detail());
    }

    @Test
    void aStopSentBeforeAStartAlreadyAppliedIsSuperseded() {
        String number = Numbers.fresh();
        Instant now = Instant.now();
        ActionRequested start = start(number, now);
        ActionRequested olderStop = stop(number, now.minusSeconds(3));
        kafka.send(start);
        kafka.awaitResult(start);

        kafka.send(olderStop);

        ActionResult result = kafka.awaitResult(olderStop);
        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("superseded", result.detail());
        api().get("/api/v1/contacts/" + number).then().body("optedOut", equalTo(false));
    }

    @Test
    void aRedeliveredStopRepeatsItsResultAndPublishesNothingMore() {
        ActionRequested stop = stop(Numbers.fresh(), Instant.now());
        kafka.send(stop);
        ActionResult first = kafka.awaitResult(stop);

        kafka.send(stop);

        await().atMost(TestKafka.TIMEOUT).until(() -> kafka.results(stop.eventId()).size() == 2);
        assertEquals(first, kafka.results(stop.eventId()).get(1));
        assertPublishedExactly(stop.contact(), true);
    }

    /**
     * The statuses published for {@code number} are {@code expected} and no more: checked by changing the
     * status once more and waiting for that last publication, which comes after any other.
     */
    private void assertPublishedExactly(String number, Boolean... expected) {
        boolean last = expected[expected.length - 1];
        Instant later = Instant.now().plusSeconds(60);
        ActionRequested change = last ? start(number, later) : stop(number, later);
        kafka.send(change);
        kafka.awaitResult(change);
        List<Boolean> wanted = new ArrayList<>(List.of(expected));
        wanted.add(!last);
        await().atMost(TestKafka.TIMEOUT).until(() -> kafka.optOuts(number).size() >= wanted.size());
        assertEquals(wanted, kafka.optOuts(number).stream().map(OptOutStatus::optedOut).toList());
    }
}
