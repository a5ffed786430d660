package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The test profile retries after 200 ms, 400 ms…, at most 3 attempts, with a 2 s timeout and 2 calls per host at once. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class RetryTest extends FlowTestSupport {

    @Test
    void aServerErrorIsRetriedUntilTheTargetAnswers() {
        ActionResult result = firstThenOk(serverError());

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(2, result.attempt());
    }

    @Test
    void aTimeoutIsRetried() {
        ActionResult result = firstThenOk(ok().withFixedDelay(4_000));

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(2, result.attempt());
    }

    @Test
    void aConnectionResetIsRetried() {
        ActionResult result = firstThenOk(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(2, result.attempt());
    }

    @Test
    void aConnectionRefusedIsRetriedThenFailsForGood() {
        // nothing listens on port 9 (discard) of this machine
        ActionRequested event = event(HttpMethod.POST, "http://127.0.0.1:9/hook");

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(3, result.attempt());
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSays() {
        String path = freshPath();
        ActionRequested event = event(HttpMethod.POST, url(path));
        firstThen(path, aResponse().withStatus(429).withHeader("Retry-After", "2"), ok());

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        List<LoggedRequest> calls = inOrder(callsFor(event));
        assertEquals(2, calls.size());
        long gap = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
        assertTrue(gap >= 1_900, "the second call came " + gap + " ms after the first, not after Retry-After's 2 s");
    }

    @Test
    void aNotFoundFailsAtOnceWithoutRetry() {
        String path = stubbed(notFound().withBody("no such hook"));
        ActionRequested event = event(HttpMethod.POST, url(path));

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(1, result.attempt());
        assertTrue(result.detail().startsWith("HTTP 404: no such hook; 1 attempt"), result.detail());
        assertEquals(1, callsFor(event).size());
    }

    @Test
    void aRedirectIsNotFollowed() {
        String path = freshPath();
        String elsewhere = freshPath();
        target.register(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere)));
        target.register(any(urlPathEqualTo(elsewhere)).willReturn(ok()));
        ActionRequested event = event(HttpMethod.GET, url(path));

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertTrue(result.detail().contains("HTTP 302"), result.detail());
        assertEquals(1, callsFor(event).size(), "only the first url was called");
    }

    @Test
    void aSlowHostDoesNotHoldUpCallsToOtherHosts() {
        String slowPath = freshPath();
        String fastPath = freshPath();
        target.register(any(urlPathEqualTo(slowPath)).willReturn(ok().withFixedDelay(1_500)));
        target.register(any(urlPathEqualTo(fastPath)).willReturn(ok()));
        List<ActionRequested> slow = IntStream.range(0, 6)
                .mapToObj(i -> event(HttpMethod.POST, url("localhost", slowPath))).toList();
        ActionRequested fast = event(HttpMethod.POST, url(fastPath));

        slow.forEach(this::send);
        send(fast);
        awaitResult(fast.eventId());
        await().atMost(WAIT).until(() -> slow.stream().allMatch(e -> !results(e.eventId()).isEmpty()));

        // 2 calls at a time to the slow host: its last calls start about 3 s after its first ones
        List<LoggedRequest> slowCalls = new ArrayList<>();
        slow.forEach(e -> slowCalls.addAll(callsFor(e)));
        LoggedRequest lastSlow = inOrder(slowCalls).get(slowCalls.size() - 1);
        LoggedRequest fastCall = callsFor(fast).get(0);
        assertTrue(fastCall.getLoggedDate().before(lastSlow.getLoggedDate()),
                "the fast host was called at " + fastCall.getLoggedDate().getTime() + ", after the slow host's queue ("
                        + lastSlow.getLoggedDate().getTime() + ")");
    }

    private ActionResult firstThenOk(ResponseDefinitionBuilder first) {
        String path = freshPath();
        firstThen(path, first, ok());
        ActionRequested event = event(HttpMethod.POST, url(path));
        send(event);
        ActionResult result = awaitResult(event.eventId());
        assertEquals(2, callsFor(event).size());
        return result;
    }

    private void firstThen(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        target.register(any(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
                .willReturn(first).willSetStateTo("answered once"));
        target.register(any(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("answered once")
                .willReturn(then));
    }

    private static List<LoggedRequest> inOrder(List<LoggedRequest> calls) {
        return calls.stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }
}
