package io.smsauto.dispatcher.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.dispatcher.ForwardEvents;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.EventJson;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPlannerTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private final RequestPlanner planner = new RequestPlanner(JSON, Optional.of("s3cret"));

    @Test
    void getParamsAreAddedToTheQueryStringFormEncoded() {
        OutboundRequest request = planner.plan(ForwardEvents.event(HttpMethod.GET, "http://Example.COM/hook?x=1",
                List.of(), List.of(new KeyValue("msg", "café & co"), new KeyValue("from", "+33612345678"))));

        assertEquals("example.com", request.host());
        assertEquals(80, request.port());
        assertEquals("/hook?x=1&msg=caf%C3%A9+%26+co&from=%2B33612345678", request.target());
        assertNull(request.body());
    }

    @Test
    void postParamsBecomeAJsonObjectBody() throws Exception {
        OutboundRequest request = planner.plan(ForwardEvents.event(HttpMethod.POST, "https://example.com:8443",
                List.of(), List.of(new KeyValue("msg", "hello"), new KeyValue("n", "42"))));

        assertTrue(request.https());
        assertEquals(8443, request.port());
        assertEquals("/", request.target());
        JsonNode body = JSON.readTree(request.body());
        assertEquals("hello", body.get("msg").asText());
        assertEquals("42", body.get("n").asText());
        assertEquals("application/json", header(request, "Content-Type"));
    }

    @Test
    void postWithoutParamsSendsTheInboundMessage() throws Exception {
        ActionRequested event = ForwardEvents.event(HttpMethod.POST, "http://example.com/in", List.of(), List.of());

        JsonNode body = JSON.readTree(planner.plan(event).body());

        assertEquals(event.message().from(), body.get("from").asText());
        assertEquals(event.message().text(), body.get("text").asText());
        assertEquals(event.message().id(), body.get("id").asText());
    }

    @Test
    void everyCallCarriesItsEventIdAndTheSignatureOfItsBody() {
        ActionRequested event = ForwardEvents.event(HttpMethod.PUT, "http://example.com", List.of(),
                List.of(new KeyValue("a", "b")));

        OutboundRequest request = planner.plan(event);

        assertEquals(event.eventId(), header(request, "X-Smsauto-Event-Id"));
        assertEquals(new RequestSigner("s3cret").sign(request.body()), header(request, "X-Smsauto-Signature"));
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2
        String signature = new RequestSigner("Jefe").sign("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
    }

    @Test
    void withoutASecretThereIsNoSignature() {
        OutboundRequest request = new RequestPlanner(JSON, Optional.empty())
                .plan(ForwardEvents.event(HttpMethod.POST, "http://example.com", List.of(), List.of()));

        assertNull(header(request, "X-Smsauto-Signature"));
    }

    @Test
    void configuredHeadersAreSentAsTheyAre() {
        OutboundRequest request = planner.plan(ForwardEvents.event(HttpMethod.DELETE, "http://example.com",
                List.of(new KeyValue("X-Api-Key", "k-1"), new KeyValue("Accept", "text/plain")), List.of()));

        assertEquals("k-1", header(request, "X-Api-Key"));
        assertEquals("text/plain", header(request, "Accept"));
        assertNull(request.body());
    }

    @Test
    void anIpv6LiteralHostLosesItsBrackets() {
        OutboundRequest request = planner.plan(ForwardEvents.event(HttpMethod.GET, "http://[::1]:8080/x", List.of(), List.of()));

        assertEquals("::1", request.host());
        assertEquals("http://[::1]:8080/x", request.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"value\r\nX-Injected: 1", "line\nbreak", "carriage\rreturn"})
    void aHeaderValueWithCrOrLfIsRejected(String value) {
        InvalidCallException e = assertThrows(InvalidCallException.class, () -> planner.plan(ForwardEvents.event(
                HttpMethod.GET, "http://example.com", List.of(new KeyValue("X-Note", value)), List.of())));

        assertTrue(e.getMessage().contains("CR or LF"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"X Bad", "X-Bad\r\n", "", "Bad:Name", "Host", "Content-Length", "X-Smsauto-Event-Id"})
    void badOrReservedHeaderNamesAreRejected(String name) {
        assertThrows(InvalidCallException.class, () -> planner.plan(ForwardEvents.event(HttpMethod.GET,
                "http://example.com", List.of(new KeyValue(name, "v")), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "gopher://example.com", "example.com/path",
            "http://", "http://user:pass@example.com/", "http://exa mple.com/", ""})
    void urlsThatAreNotPlainHttpOrHttpsAreRejected(String url) {
        assertThrows(InvalidCallException.class, () -> planner.plan(ForwardEvents.event(HttpMethod.GET, url,
                List.of(), List.of())));
    }

    @Test
    void theHostOfAnUnusableUrlIsUnknown() {
        assertNull(RequestPlanner.hostOf("not a url"));
        assertEquals("example.com", RequestPlanner.hostOf(" HTTPS://Example.com/x "));
    }

    @Test
    void theJsonBodyIsUtf8() {
        OutboundRequest request = planner.plan(ForwardEvents.event(HttpMethod.PATCH, "http://example.com", List.of(),
                List.of(new KeyValue("text", "café"))));

        assertArrayEquals("{\"text\":\"café\"}".getBytes(StandardCharsets.UTF_8), request.body());
    }

    private static String header(OutboundRequest request, String name) {
        return request.headers().stream().filter(h -> h.key().equalsIgnoreCase(name)).map(KeyValue::value)
                .findFirst().orElse(null);
    }
}
