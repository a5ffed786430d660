package io.smsauto.contacts;

import static io.restassured.RestAssured.given;
import static io.smsauto.contacts.ActionEvents.addToGroup;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer that stops taking records while records wait for it fails the liveness check once
 * {@code consumers.stall-after} has passed (Kubernetes would restart the service), naming the channel and the
 * partition; once it takes them again, liveness recovers. The stop is the consumer paused by hand: it
 * keeps polling, as a stuck one would, and takes nothing.
 */
@QuarkusTest
@TestProfile(ConsumerStallTest.ShortStall.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ConsumerStallTest {

    private static final String CHANNEL = "add-to-group";
    private static final Duration STALL_AFTER = Duration.ofSeconds(3);

    public static class ShortStall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a stall must last longer than the time between commits (5 s by default), or a record processed but
            // not committed yet would count as waiting
            return Map.of("consumers.stall-after", STALL_AFTER.toString(),
                    "mp.messaging.incoming." + CHANNEL + ".auto.commit.interval.ms", "500");
        }
    }

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @Inject
    KafkaClientService clients;

    @Test
    void aConsumerThatTakesNothingWhileRecordsWaitFailsLivenessUntilItTakesThemAgain() {
        String list = Api.createList();
        ActionRequested first = addToGroup(Numbers.fresh(), list);
        kafka.send(first);
        assertEquals(ResultStatus.SUCCEEDED, kafka.awaitResult(first).status());
        await().during(STALL_AFTER.plusSeconds(1)).atMost(STALL_AFTER.plusSeconds(10))
                .until(() -> given().get("/q/health/live").statusCode() == 200);

        clients.getConsumer(CHANNEL).pause().await().atMost(Duration.ofSeconds(10));
        ActionRequested waiting = addToGroup(Numbers.fresh(), list);
        kafka.send(waiting);
        try {
            await().atMost(STALL_AFTER.plusSeconds(15)).until(() -> given().get("/q/health/live").statusCode() == 503);
            Map<String, String> stalls = progressCheckData();
            assertEquals(1, stalls.size(), stalls.toString());
            Map.Entry<String, String> stall = stalls.entrySet().iterator().next();
            assertThat(stall.getKey(), startsWith(CHANNEL + " "));
            assertThat(stall.getValue(), startsWith("actions.add-to-group-"));
            assertThat(stall.getValue(), containsString(": 1 waiting past committed offset "));
        } finally {
            clients.getConsumer(CHANNEL).resume().await().atMost(Duration.ofSeconds(10));
        }

        assertEquals(ResultStatus.SUCCEEDED, kafka.awaitResult(waiting).status());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/live").statusCode() == 200);
        given().get("/q/health/live").then().body("status", equalTo("UP"));
    }

    /** A consumer that waits for the database stalls too, but no restart would help: liveness stays up. */
    @Test
    void aConsumerWaitingForTheDatabaseStaysAliveAndSaysWhatItWaitsFor() throws Exception {
        ActionRequested add = addToGroup(Numbers.fresh(), Api.createList());
        PostgresServer postgres = EmbeddedInfraTestResource.infra().postgres();

        postgres.stop();
        try {
            kafka.send(add);
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 503);
            await().during(STALL_AFTER.plusSeconds(3)).atMost(STALL_AFTER.plusSeconds(15))
                    .until(() -> given().get("/q/health/live").statusCode() == 200);
            Map<String, String> waiting = progressCheckData();
            assertThat(waiting.get("waiting for"), not(emptyOrNullString()));
            assertThat(waiting.keySet(), hasItem(startsWith(CHANNEL + " ")));
        } finally {
            postgres.restart();
        }

        assertEquals(ResultStatus.SUCCEEDED, kafka.awaitResult(add).status());
    }

    private static Map<String, String> progressCheckData() {
        return given().get("/q/health/live").jsonPath().getMap("checks.find { it.name == 'Kafka consumers progress' }.data");
    }
}
