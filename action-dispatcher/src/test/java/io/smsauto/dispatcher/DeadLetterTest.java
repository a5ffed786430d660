package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest extends FlowTestSupport {

    private static final String DEAD_LETTERS = "/api/v1/dead-letters";

    @Test
    void anEventThatExhaustsItsAttemptsGoesToTheDeadLetterTopicWithItsError() throws Exception {
        String path = stubbed(serviceUnavailable());
        ActionRequested event = event(HttpMethod.POST, url(path));

        send(event);
        ActionResult result = awaitResult(event.eventId());
        ConsumerRecord<String, String> deadLetter = awaitDeadLetter(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(3, result.attempt());
        assertEquals(3, callsFor(event).size());
        assertEquals(event.contact(), deadLetter.key());
        assertEquals(event.eventId(), JSON.readTree(deadLetter.value()).get("eventId").asText());
        assertTrue(header(deadLetter, "dead-letter-reason").startsWith("HTTP 503; 3 attempts"),
                header(deadLetter, "dead-letter-reason"));
        assertEquals("3", header(deadLetter, "dead-letter-attempts"));
        assertEquals("503", header(deadLetter, "dead-letter-http-status"));
        assertEquals("actions.forward-to-url", header(deadLetter, "dead-letter-topic"));
        assertEquals("smsauto.action.forward-to-url.v1", header(deadLetter, "ce_type"));
    }

    @Test
    void aDeadLetterIsListedWithItsErrorAndAttempts() {
        String path = stubbed(serviceUnavailable());
        ActionRequested event = event(HttpMethod.PUT, url(path));
        send(event);
        awaitResult(event.eventId());

        Map<String, Object> letter = deadLetter(event.eventId(), "127.0.0.1");

        assertEquals(3, letter.get("attempts"));
        assertEquals(503, letter.get("httpStatus"));
        assertEquals("HTTP 503", letter.get("error"));
        assertEquals("PUT", letter.get("method"));
        assertEquals(url(path), letter.get("url"));
        assertEquals(event.action().id(), letter.get("actionId"));
        assertEquals(event.contact(), letter.get("contact"));
    }

    @Test
    void aReplayedDeadLetterIsCalledAgainWithItsEventIdAndSucceeds() {
        String path = stubbed(serviceUnavailable());
        ActionRequested event = event(HttpMethod.POST, url(path));
        send(event);
        awaitResult(event.eventId());
        target.register(any(urlPathEqualTo(path)).willReturn(ok()));

        api().post(DEAD_LETTERS + "/" + event.eventId() + "/replay").then().statusCode(202)
                .body("id", equalTo(event.eventId()));

        await().atMost(WAIT).until(() -> results(event.eventId()).stream()
                .anyMatch(r -> r.status() == ResultStatus.SUCCEEDED));
        assertEquals(4, callsFor(event).size(), "3 attempts, then the replay; all with the event's id");
        api().get(DEAD_LETTERS + "?size=100&host=127.0.0.1").then().statusCode(200)
                .body("items.id", not(hasItem(event.eventId())));
    }

    @Test
    void replayingAHostReplaysEveryDeadLetterOfThatHostOnly() {
        String path = stubbed(serviceUnavailable());
        List<ActionRequested> replayed = List.of(event(HttpMethod.POST, url("127.0.0.3", path)),
                event(HttpMethod.POST, url("127.0.0.3", path)));
        ActionRequested other = event(HttpMethod.POST, url("127.0.0.4", path));
        replayed.forEach(this::send);
        send(other);
        replayed.forEach(e -> awaitResult(e.eventId()));
        awaitResult(other.eventId());
        target.register(any(urlPathEqualTo(path)).willReturn(ok()));

        api().post(DEAD_LETTERS + "/replay?host=127.0.0.3").then().statusCode(202)
                .body("host", equalTo("127.0.0.3")).body("replayed", equalTo(2));

        await().atMost(WAIT).until(() -> replayed.stream().allMatch(e -> results(e.eventId()).stream()
                .anyMatch(r -> r.status() == ResultStatus.SUCCEEDED)));
        api().get(DEAD_LETTERS + "?host=127.0.0.4").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(other.eventId()));
    }

    @Test
    void aHeaderWithCrLfFailsAtOnceWithoutACall() {
        String path = stubbed(ok());
        ActionRequested event = ForwardEvents.event(HttpMethod.GET, url(path),
                List.of(new KeyValue("X-Note", "a\r\nX-Injected: yes")), List.of());

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertTrue(result.detail().contains("CR or LF"), result.detail());
        assertEquals(0, callsFor(event).size());
        awaitDeadLetter(event.eventId());
    }

    @Test
    void aUrlThatIsNotHttpFailsAtOnce() {
        ActionRequested event = event(HttpMethod.GET, "ftp://127.0.0.1/file");

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(1, result.attempt());
        assertTrue(result.detail().contains("only http and https"), result.detail());
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopicAndTheNextOnesAreCalled() {
        String key = "poison-" + UUID.randomUUID();
        String path = stubbed(ok());
        ActionRequested next = event(HttpMethod.POST, url(path));

        sendRaw(key, "{not json");
        sendRaw(key, "{\"eventId\": \"no-message\"}");
        send(next);

        assertEquals(ResultStatus.SUCCEEDED, awaitResult(next.eventId()).status());
        await().atMost(WAIT).until(() -> deadLettersWithKey(key).size() == 2);
        List<String> reasons = deadLettersWithKey(key).stream().map(r -> header(r, "dead-letter-reason")).toList();
        assertTrue(reasons.get(0).startsWith("not an action event"), reasons.get(0));
        assertEquals("no message.from", reasons.get(1));
        assertEquals("{not json", deadLettersWithKey(key).get(0).value());
    }

    @Test
    void theDeadLettersNeedTheBearerToken() {
        given().get(DEAD_LETTERS).then().statusCode(401);
        given().post(DEAD_LETTERS + "/x/replay").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").post(DEAD_LETTERS + "/replay?host=a").then().statusCode(401);
    }

    @Test
    void replayingAnUnknownDeadLetterIsNotFound() {
        api().post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void replayingAHostNeedsTheHost() {
        api().post(DEAD_LETTERS + "/replay").then().statusCode(400)
                .body("violations[0].field", equalTo("host"));
    }

    @Test
    void pagesAreBounded() {
        api().get(DEAD_LETTERS + "?size=0&page=-1").then().statusCode(422)
                .body("violations.field", hasItem("size")).body("violations.field", hasItem("page"));
        api().get(DEAD_LETTERS + "?size=101").then().statusCode(422);
    }

    private Map<String, Object> deadLetter(String id, String host) {
        JsonPath page = api().get(DEAD_LETTERS + "?size=100&host=" + host).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(item -> id.equals(item.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter " + id + " in " + items));
    }
}
