package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.postVonage;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.gateway.support.GatewayMetrics;
import io.smsauto.gateway.support.WithInboundTopic;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2: 2xx only once Kafka has the message; 503 while it cannot take it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class BrokerOutageTest extends WithInboundTopic {


    @Test
    void whileTheBrokerIsDownWebhooksAre503AndOnceItIsBackEvery200IsOnTheTopic() {
        KafkaBroker broker = EmbeddedInfraTestResource.infra().kafka();
        // one sender: every message goes to one partition, in the order it was sent
        String sender = uniqueSender();
        String warmUp = uniqueId();
        postVonage(vonageSms(sender, warmUp, "before")).then().statusCode(200);
        topic.await(warmUp);
        double unavailableBefore = GatewayMetrics.count("vonage", "unavailable", "none");

        List<String> refusedWhileDown = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 3; i++) {
                String messageId = uniqueId();
                postVonage(vonageSms(sender, messageId, "during " + i)).then().statusCode(503)
                        .header("Retry-After", "5")
                        .contentType("application/problem+json");
                refusedWhileDown.add(messageId);
            }
        } finally {
            broker.restart();
        }

        // like a carrier, deliver again until the gateway takes messages again
        List<String> accepted = new ArrayList<>();
        List<String> refusedWhileReconnecting = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String messageId = uniqueId();
            int status = postVonage(vonageSms(sender, messageId, "after")).statusCode();
            (status == 200 ? accepted : refusedWhileReconnecting).add(messageId);
            return status == 200;
        });
        for (int i = 0; i < 10; i++) {
            String messageId = uniqueId();
            postVonage(vonageSms(sender, messageId, "after " + i)).then().statusCode(200);
            accepted.add(messageId);
        }

        accepted.forEach(messageId -> assertEquals(1, topic.await(messageId, 1).size(), messageId));
        refusedWhileDown.forEach(messageId -> assertEquals(List.of(), topic.recordsOf(messageId),
                "a message answered 503 while the broker was down was stored"));
        assertEquals(unavailableBefore + refusedWhileDown.size() + refusedWhileReconnecting.size(),
                GatewayMetrics.count("vonage", "unavailable", "none"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
