package io.smsauto.notifier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.service.ProviderSpans;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the notifier tells an operator: sends by outcome, the Vonage call in the message's trace, and no text in its logs. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RecordedSpans spans;

    private NotifierTopics topics;

    @BeforeEach
    void connect() {
        topics = new NotifierTopics(bootstrapServers);
    }

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void theVonageCallIsAClientSpanInTheTraceOfTheActionEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ActionRequested request = Actions.reply(Actions.newNumber(), "traced");

        topics.send(request, "00-" + traceId + "-00f067aa0ba902b7-01");

        assertEquals(ResultStatus.SUCCEEDED, topics.awaitResult(request.eventId()).status());
        SpanData call = await().atMost(PATIENCE).until(() -> callOf(request), span -> span != null);
        assertEquals(traceId, call.getTraceId());
        assertEquals(SpanKind.CLIENT, call.getKind());
    }

    @Test
    void aSentSmsIsCountedAsSucceeded() {
        double before = sent("sms", "succeeded");
        ActionRequested request = Actions.reply(Actions.newNumber(), "counted");

        topics.send(request);

        topics.awaitResult(request.eventId());
        await().atMost(PATIENCE).until(() -> sent("sms", "succeeded") >= before + 1);
    }

    @Test
    void theTextOfARepliedMessageIsNotLoggedAtInfo() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Capture(logged);
        Logger.getLogger("").addHandler(capture);
        try {
            String secret = "my PIN is " + Actions.newNumber();
            ActionRequested reply = Actions.reply(Actions.newNumber(), secret);

            topics.send(reply);
            topics.awaitResult(reply.eventId());

            org.jboss.logging.Logger.getLogger(ObservabilityTest.class).info("probe " + reply.eventId());
            assertEquals(1, logged.stream().filter(line -> line.contains("probe " + reply.eventId())).count(),
                    "the capture sees the log");
            assertEquals(List.of(), logged.stream().filter(line -> line.contains(secret)).toList());
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }

    private SpanData callOf(ActionRequested request) {
        return spans.named(ProviderSpans.SMS_SEND).stream()
                .filter(span -> request.eventId().equals(span.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().equals("smsauto.event_id"))
                        .map(e -> String.valueOf(e.getValue())).findFirst().orElse(null)))
                .findFirst().orElse(null);
    }

    /** The count of {@code smsauto_<channel>_sent_total} with this outcome. */
    private static double sent(String channel, String outcome) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^smsauto_" + channel + "_sent_total\\{outcome=\"" + outcome
                + "\"[^}]*\\} (\\S+)", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** Log records at INFO and above, with their parameters and exception, as lines. */
    private static final class Capture extends Handler {

        private final List<String> lines;

        Capture(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                lines.add(record.getMessage() + " " + List.of(record.getParameters() == null ? new Object[0]
                        : record.getParameters()) + " " + record.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
