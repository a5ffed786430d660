package io.smsauto.contacts;

import static io.smsauto.contacts.Api.api;
import static io.smsauto.contacts.Api.members;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ResultStatus;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @ParameterizedTest
    @ValueSource(strings = {Topics.ACTIONS_ADD_TO_GROUP, Topics.ACTIONS_REMOVE_FROM_GROUP, Topics.ACTIONS_UNSUBSCRIBE,
            Topics.ACTIONS_OPT_IN})
    void anUnreadableRecordGoesAsItWasToItsTopicsDeadLetterQueue(String topic) {
        String poison = "{not an event " + UUID.randomUUID();
        ConsumerTask<String, String> deadLetters = kafka.companion().consumeStrings().fromTopics(Topics.deadLetter(topic));

        kafka.sendRaw(topic, Numbers.fresh(), poison);

        await().atMost(TestKafka.TIMEOUT).until(() -> deadLetter(deadLetters, poison) != null);
        ConsumerRecord<String, String> dead = deadLetter(deadLetters, poison);
        assertTrue(header(dead, "dead-letter-reason").startsWith("not an action event"), header(dead, "dead-letter-reason"));
        assertEquals(topic, header(dead, "dead-letter-topic"));
        deadLetters.stop();
    }

    @Test
    void eventsAfterAnUnreadableRecordAreApplied() {
        String list = Api.createList();
        String number = Numbers.fresh();
        ActionRequested add = ActionEvents.addToGroup(number, list);

        kafka.sendRaw(Topics.ACTIONS_ADD_TO_GROUP, number, "garbage");
        kafka.send(add);

        await().atMost(TestKafka.TIMEOUT).until(() -> !kafka.results(add.eventId()).isEmpty());
        api().get(members(list)).then().body("total", equalTo(1));
    }

    @Test
    void anEventWithoutAListIdIsDeadLettered() {
        ActionRequested add = ActionEvents.addToGroup(Numbers.fresh(), Api.createList());
        ActionRequested withoutList = new ActionRequested(add.eventId(), add.automation(), null,
                ActionSpec.withoutFields(add.action().id(), "No list", add.action().type()), add.message(), add.requestedAt());
        ConsumerTask<String, String> deadLetters = kafka.companion().consumeStrings().fromTopics(Topics.deadLetter(Topics.ACTIONS_ADD_TO_GROUP));

        kafka.send(withoutList);

        await().atMost(TestKafka.TIMEOUT).until(() -> deadLetter(deadLetters, add.eventId()) != null);
        assertEquals("action.listId is not a list id", header(deadLetter(deadLetters, add.eventId()), "dead-letter-reason"));
        deadLetters.stop();
    }

    /** An event the database refuses (text with a NUL) fails its whole batch: only it is dead-lettered. */
    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchApplied() {
        String list = Api.createList();
        ActionRequested before = ActionEvents.addToGroup(Numbers.fresh(), list);
        ActionRequested refused = ActionEvents.addToGroup(Numbers.fresh(), list);
        ActionRequested poison = new ActionRequested("nul\u0000" + refused.eventId(), refused.automation(), null,
                refused.action(), refused.message(), refused.requestedAt());
        ActionRequested after = ActionEvents.addToGroup(Numbers.fresh(), list);
        ConsumerTask<String, String> deadLetters = kafka.companion().consumeStrings().fromTopics(Topics.deadLetter(Topics.ACTIONS_ADD_TO_GROUP));

        kafka.send(before, poison, after);

        await().atMost(TestKafka.TIMEOUT).until(() -> deadLetter(deadLetters, refused.eventId()) != null);
        await().atMost(TestKafka.TIMEOUT).until(() -> !kafka.results(after.eventId()).isEmpty());
        assertEquals(ResultStatus.SUCCEEDED, kafka.results(before.eventId()).get(0).status());
        api().get(members(list)).then().body("total", equalTo(2));
        deadLetters.stop();
    }

    private static ConsumerRecord<String, String> deadLetter(ConsumerTask<String, String> deadLetters, String containing) {
        List<ConsumerRecord<String, String>> found = deadLetters.getRecords().stream()
                .filter(r -> r.value() != null && r.value().contains(containing))
                .toList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
