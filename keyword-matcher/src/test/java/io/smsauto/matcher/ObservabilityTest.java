package io.smsauto.matcher;

import static io.restassured.RestAssured.given;
import static io.smsauto.matcher.Messages.automation;
import static io.smsauto.matcher.Messages.reply;
import static io.smsauto.matcher.Messages.sender;
import static io.smsauto.matcher.Messages.sms;
import static io.smsauto.matcher.Messages.word;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.Automation;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the matcher tells an operator: matches per automation, its consumers' lag, and traces that go on. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ObservabilityTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String GATEWAY_SPAN = "b7ad6b7169203331";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private MatcherKafka kafka;

    @BeforeEach
    void connect() {
        kafka = new MatcherKafka(bootstrapServers, Topics.ACTIONS_SEND_REPLY);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theActionContinuesTheTraceOfTheInboundRecord() {
        String keyword = word();
        kafka.publishAndAwaitFiring(automation(MatchMode.EXACT, keyword, reply("traced")), keyword);
        InboundSms sms = sms(sender(), keyword);

        kafka.publish(sms, "00-" + TRACE_ID + "-" + GATEWAY_SPAN + "-01");

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
        ConsumerRecord<String, String> action = kafka.records(Topics.ACTIONS_SEND_REPLY, sms.id()).get(0);
        String traceparent = MatcherKafka.header(action, "traceparent");
        assertEquals(TRACE_ID, traceparent.substring(3, 35), traceparent);
        assertNotEquals(GATEWAY_SPAN, traceparent.substring(36, 52), "the matcher's own span is the parent");
    }

    @Test
    void aMatchIsCountedForItsAutomation() {
        String keyword = word();
        Automation automation = automation(MatchMode.EXACT, keyword, reply("counted"));
        kafka.publishAndAwaitFiring(automation, keyword);
        double before = matched(automation.id());
        InboundSms sms = sms(sender(), keyword);

        kafka.publish(sms);

        kafka.awaitEvent(Topics.ACTIONS_SEND_REPLY, sms.id());
        Awaitility.await().atMost(MatcherKafka.PATIENCE).until(() -> matched(automation.id()) == before + 1);
    }

    @Test
    void theLagOfTheInboundConsumersIsPublished() {
        Awaitility.await().atMost(MatcherKafka.PATIENCE).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max{"))
                .body(containsString("topic=\"" + Topics.SMS_INBOUND + "\"")));
    }

    private static double matched(String automationId) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^smsauto_automations_matched_total\\{automation=\"" + Pattern.quote(automationId)
                + "\"[^}]*\\} (\\S+)", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
