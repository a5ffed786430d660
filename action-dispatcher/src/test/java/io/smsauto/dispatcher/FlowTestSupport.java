package io.smsauto.dispatcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.EventJson;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import io.smsauto.events.Topics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the flow tests share: events in on {@code actions.forward-to-url}, results and dead letters
 * read back from Kafka, the URL target (WireMock) to stub and to question, and the REST API.
 */
abstract class FlowTestSupport {

    static final ObjectMapper JSON = EventJson.newMapper();
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = UrlTargetStandIn.URL)
    URI targetUrl;

    KafkaCompanion kafka;
    WireMock target;
    private ConsumerTask<String, String> results;
    private ConsumerTask<String, String> deadLetters;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
        results = kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
        deadLetters = kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.ACTIONS_FORWARD_TO_URL));
        target = new WireMock(targetUrl.getHost(), targetUrl.getPort());
    }

    @AfterEach
    void close() {
        results.stop();
        deadLetters.stop();
        kafka.close();
    }

    /** A path of its own on the target, so that tests never see each other's calls. */
    static String freshPath() {
        return "/hook/" + UUID.randomUUID();
    }

    /** A fresh path on the target that answers {@code answer}. */
    String stubbed(ResponseDefinitionBuilder answer) {
        String path = freshPath();
        target.register(WireMock.any(WireMock.urlPathEqualTo(path)).willReturn(answer));
        return path;
    }

    /** {@code http://<host>:<target port><path>}: hosts 127.x.y.z all reach the target. */
    String url(String host, String path) {
        return "http://" + host + ":" + targetUrl.getPort() + path;
    }

    String url(String path) {
        return url("127.0.0.1", path);
    }

    static ActionRequested event(HttpMethod method, String url) {
        return ForwardEvents.event(method, url, List.of(), List.of(new KeyValue("msg", "hello")));
    }

    void send(ActionRequested event) {
        try {
            sendRaw(event.contact(), JSON.writeValueAsString(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void sendRaw(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACTIONS_FORWARD_TO_URL, key, value))
                .awaitCompletion();
    }

    ActionResult awaitResult(String eventId) {
        await().atMost(WAIT).until(() -> !results(eventId).isEmpty());
        return results(eventId).get(0);
    }

    List<ActionResult> results(String eventId) {
        return results.getRecords().stream()
                .map(record -> read(record.value()))
                .filter(result -> eventId.equals(result.eventId()))
                .toList();
    }

    /** The record of the result of {@code eventId}, once it is there. */
    ConsumerRecord<String, String> resultRecord(String eventId) {
        return results.getRecords().stream().filter(record -> eventId.equals(read(record.value()).eventId()))
                .findFirst().orElseThrow();
    }

    ConsumerRecord<String, String> awaitDeadLetter(String ceId) {
        await().atMost(WAIT).until(() -> deadLetter(ceId) != null);
        return deadLetter(ceId);
    }

    private ConsumerRecord<String, String> deadLetter(String ceId) {
        return deadLetters.getRecords().stream().filter(r -> ceId.equals(header(r, "ce_id"))).findFirst().orElse(null);
    }

    List<ConsumerRecord<String, String>> deadLettersWithKey(String key) {
        return deadLetters.getRecords().stream().filter(r -> key.equals(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The calls the target received that carry this event id. */
    List<LoggedRequest> callsFor(ActionRequested event) {
        return target.find(RequestPatternBuilder.allRequests()
                .withHeader("X-Smsauto-Event-Id", WireMock.equalTo(event.eventId())));
    }

    static RequestSpecification api() {
        return given().header("Authorization", "Bearer test-token");
    }

    private static ActionResult read(String json) {
        try {
            return JSON.readValue(json, ActionResult.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
