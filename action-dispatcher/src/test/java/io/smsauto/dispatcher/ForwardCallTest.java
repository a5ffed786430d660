package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.dispatcher.client.RequestSigner;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.EventIds;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class ForwardCallTest extends FlowTestSupport {

    private static final String SECRET = "test-signing-secret";
    private static final List<KeyValue> HEADERS = List.of(new KeyValue("X-Api-Key", "k-123"),
            new KeyValue("Accept", "application/json"));
    private static final List<KeyValue> PARAMS = List.of(new KeyValue("from", "+33612345678"),
            new KeyValue("msg", "CALL order 42 & café"));

    @ParameterizedTest
    @EnumSource(value = HttpMethod.class, names = {"GET", "DELETE"})
    void getAndDeleteSendTheHeadersAndTheParamsInTheQueryString(HttpMethod method) {
        String path = freshPath();
        ActionRequested event = ForwardEvents.event(method, url(path + "?fixed=1"), HEADERS, PARAMS);

        LoggedRequest call = callAndAwaitSuccess(path, event);

        assertEquals(method.name(), call.getMethod().getName());
        assertEquals("k-123", call.getHeader("X-Api-Key"));
        assertEquals("application/json", call.getHeader("Accept"));
        assertEquals("1", call.queryParameter("fixed").firstValue());
        assertEquals("+33612345678", call.queryParameter("from").firstValue());
        assertEquals("CALL order 42 & café", call.queryParameter("msg").firstValue());
        assertEquals(0, call.getBody().length, "no body");
    }

    @ParameterizedTest
    @EnumSource(value = HttpMethod.class, names = {"POST", "PUT", "PATCH"})
    void postPutAndPatchSendTheHeadersAndTheParamsAsAJsonBody(HttpMethod method) throws Exception {
        String path = freshPath();
        ActionRequested event = ForwardEvents.event(method, url(path), HEADERS, PARAMS);

        LoggedRequest call = callAndAwaitSuccess(path, event);

        assertEquals(method.name(), call.getMethod().getName());
        assertEquals("k-123", call.getHeader("X-Api-Key"));
        assertTrue(call.getHeader("Content-Type").startsWith("application/json"));
        JsonNode body = JSON.readTree(call.getBody());
        assertEquals("+33612345678", body.get("from").asText());
        assertEquals("CALL order 42 & café", body.get("msg").asText());
        assertEquals(2, body.size());
    }

    @Test
    void aPostWithoutParamsSendsTheInboundMessageAsJson() throws Exception {
        String path = freshPath();
        ActionRequested event = ForwardEvents.event(HttpMethod.POST, url(path), List.of(), List.of());

        JsonNode body = JSON.readTree(callAndAwaitSuccess(path, event).getBody());

        assertEquals(event.message().id(), body.get("id").asText());
        assertEquals(event.message().from(), body.get("from").asText());
        assertEquals(event.message().to(), body.get("to").asText());
        assertEquals(event.message().text(), body.get("text").asText());
    }

    @Test
    void everyCallCarriesTheEventIdAndTheSignatureOfTheBodyItSent() {
        String path = freshPath();
        ActionRequested event = ForwardEvents.event(HttpMethod.POST, url(path), List.of(), PARAMS);

        LoggedRequest call = callAndAwaitSuccess(path, event);

        assertEquals(event.eventId(), call.getHeader("X-Smsauto-Event-Id"));
        assertEquals(new RequestSigner(SECRET).sign(call.getBody()), call.getHeader("X-Smsauto-Signature"));
    }

    @Test
    void aBodilessCallIsSignedOverTheEmptyBody() {
        String path = freshPath();
        ActionRequested event = ForwardEvents.event(HttpMethod.GET, url(path), List.of(), PARAMS);

        LoggedRequest call = callAndAwaitSuccess(path, event);

        assertEquals(new RequestSigner(SECRET).sign(new byte[0]), call.getHeader("X-Smsauto-Signature"));
    }

    @Test
    void theResultTellsTheStatusTheAttemptsAndTheDuration() {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals(ActionType.FORWARD_TO_URL, result.actionType());
        assertEquals(event.action().id(), result.actionId());
        assertEquals("a-1", result.automationId());
        assertEquals(event.contact(), result.contact());
        assertEquals(1, result.attempt());
        assertTrue(result.detail().matches("HTTP 200; 1 attempt; last call \\d+ ms; \\d+ ms in all"), result.detail());
        assertNull(result.recipients());
    }

    @Test
    void theResultIsACloudEventKeyedByTheContactInTheTraceOfItsCall() {
        ActionRequested event = event(HttpMethod.POST, url(stubbed(ok())));

        send(event);
        awaitResult(event.eventId());
        ConsumerRecord<String, String> record = resultRecord(event.eventId());

        assertEquals(event.contact(), record.key());
        assertEquals(EventIds.result(event.eventId()), header(record, "ce_id"));
        assertEquals(ActionResult.TYPE, header(record, "ce_type"));
        assertEquals("urn:smsauto:action-dispatcher", header(record, "ce_source"));
        String traceparent = header(record, "traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), traceparent);
    }

    @Test
    void aResponseBodyLargerThanWhatIsReadStillEndsTheCall() {
        String path = stubbed(ok().withBody("x".repeat(1024 * 1024)));
        ActionRequested event = event(HttpMethod.POST, url(path));

        send(event);

        assertEquals(ResultStatus.SUCCEEDED, awaitResult(event.eventId()).status());
    }

    @Test
    void aRedeliveredEventIsCalledOnceAndReportedOnce() {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(path));
        send(event);
        awaitResult(event.eventId());

        send(event);
        // the same key, so the same partition: once this one is done, the redelivery was handled too
        ActionRequested marker = event(HttpMethod.POST, url(path));
        send(marker);
        awaitResult(marker.eventId());

        assertEquals(1, callsFor(event).size());
        assertEquals(1, results(event.eventId()).size());
    }

    private LoggedRequest callAndAwaitSuccess(String path, ActionRequested event) {
        target.register(any(urlPathEqualTo(path)).willReturn(ok()));
        send(event);
        ActionResult result = awaitResult(event.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status(), result.detail());
        List<LoggedRequest> calls = callsFor(event);
        assertEquals(1, calls.size());
        return calls.get(0);
    }
}
