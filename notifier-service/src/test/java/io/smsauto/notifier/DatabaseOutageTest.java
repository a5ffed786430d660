package io.smsauto.notifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.notifier.repository.SendRepository;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away and coming back while replies are sent: the send log is retried in place,
 * so no event goes to the dead-letter topic, and each SMS is sent once with its result published.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest extends NotifierFlowTest {

    private static final Duration WHILE_AWAY = Duration.ofSeconds(3);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    SendRepository sends;

    DatabaseOutage outage;
    KafkaCompanion kafka;
    ConsumerTask<String, String> deadLetters;

    @BeforeEach
    void watchDeadLetters() {
        outage = new DatabaseOutage(jdbcUrl, user, password);
        kafka = new KafkaCompanion(bootstrapServers);
        deadLetters = kafka.consumeStrings().fromTopics(Topics.ACTIONS_SEND_REPLY + ".dlq");
    }

    @AfterEach
    void endOutage() throws SQLException {
        outage.end();
        deadLetters.stop();
        kafka.close();
    }

    @Test
    void anOutcomeDueWhileTheDatabaseIsAwayIsRecordedWhenItIsBack() throws SQLException {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Sent while the database restarts");
        vonage.answer(request.contact(), VonageStubs.accepted("slow-1").withFixedDelay(2_000));
        topics.send(request);
        await().atMost(NotifierTopics.PATIENCE).until(() -> sends.find(request.eventId(), request.contact()).isPresent());

        outage.begin();
        await().atMost(NotifierTopics.PATIENCE).until(() -> vonage.requestsFor(request.eventId()).size() == 1);
        await().during(WHILE_AWAY).atMost(WHILE_AWAY.multipliedBy(3))
                .until(() -> topics.results(request.eventId()).isEmpty());
        outage.end();

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status(), result.detail());
        assertEquals(ResultStatus.SUCCEEDED, sends.find(request.eventId(), request.contact()).orElseThrow().status());
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
        assertNoDeadLetterFor(request);
    }

    @Test
    void aClaimDueWhileTheDatabaseIsAwayIsMadeWhenItIsBack() throws SQLException {
        ActionRequested request = Actions.reply(Actions.newNumber(), "Claimed after the database restarts");

        outage.begin();
        topics.send(request);
        await().during(WHILE_AWAY).atMost(WHILE_AWAY.multipliedBy(3))
                .until(() -> topics.results(request.eventId()).isEmpty() && vonage.requestsFor(request.eventId()).isEmpty());
        outage.end();

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status(), result.detail());
        assertEquals(1, vonage.requestsFor(request.eventId()).size());
        assertNoDeadLetterFor(request);
    }

    private void assertNoDeadLetterFor(ActionRequested request) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> deadLetters.getRecords().stream().noneMatch(r -> r.value().contains(request.eventId())));
    }
}
