package io.smsauto.contacts;

import static io.restassured.RestAssured.given;
import static io.smsauto.contacts.ActionEvents.addToGroup;
import static io.smsauto.contacts.ActionEvents.removeFromGroup;
import static io.smsauto.contacts.Api.api;
import static io.smsauto.contacts.Api.members;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ActionType;
import io.smsauto.events.EventIds;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class GroupActionsTest {

    private static final Duration LONG_OUTAGE = Duration.ofSeconds(65);

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @Test
    void addToGroupPutsTheContactOnTheListAndSucceeds() {
        String list = Api.createList();
        ActionRequested add = addToGroup(Numbers.fresh(), list);

        kafka.send(add);

        ActionResult result = kafka.awaitResult(add);
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("added", result.detail());
        assertEquals(ActionType.ADD_TO_GROUP, result.actionType());
        assertEquals(add.automation().id(), result.automationId());
        assertEquals(add.action().id(), result.actionId());
        assertEquals(add.contact(), result.contact());
        assertEquals(1, result.attempt());
        api().get(members(list)).then().body("members.number", contains(add.contact()));
    }

    /**
     * The batch waits out the outage, however long: past the minute after which the connector would give up a
     * record not acknowledged yet ({@code throttled.unprocessed-record-max-age}) and close its consumer for good,
     * the service stays alive and applies the action once PostgreSQL is back.
     */
    @Test
    void anAddThatComesWhileTheDatabaseIsDownIsAppliedOnceItIsBack() throws Exception {
        String list = Api.createList();
        ActionRequested add = addToGroup(Numbers.fresh(), list);
        PostgresServer postgres = EmbeddedInfraTestResource.infra().postgres();

        postgres.stop();
        try {
            kafka.send(add);
            await().during(LONG_OUTAGE).atMost(LONG_OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get("/q/health/live").statusCode() == 200);
        } finally {
            postgres.restart();
        }

        assertEquals(ResultStatus.SUCCEEDED, kafka.awaitResult(add).status());
        api().get(members(list)).then().body("members.number", contains(add.contact()));
    }

    @Test
    void addingSomeoneAlreadyOnTheListSucceedsAndChangesNothing() {
        String list = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(list, number);
        ActionRequested add = addToGroup(number, list);

        kafka.send(add);

        ActionResult result = kafka.awaitResult(add);
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("already-a-member", result.detail());
        api().get(members(list)).then().body("total", equalTo(1));
    }

    @Test
    void addingToAListDeletedSinceTheActionWasSavedFails() {
        String list = Api.createList();
        api().delete(Api.LISTS + "/" + list).then().statusCode(204);
        ActionRequested add = addToGroup(Numbers.fresh(), list);

        kafka.send(add);

        ActionResult result = kafka.awaitResult(add);
        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals("list-not-found", result.detail());
    }

    @Test
    void removeFromGroupTakesTheContactOffTheListAndSucceeds() {
        String list = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(list, number);
        ActionRequested remove = removeFromGroup(number, list);

        kafka.send(remove);

        ActionResult result = kafka.awaitResult(remove);
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("removed", result.detail());
        api().get(members(list)).then().body("total", equalTo(0));
    }

    @Test
    void removingSomeoneNotOnTheListIsSkipped() {
        ActionRequested remove = removeFromGroup(Numbers.fresh(), Api.createList());

        kafka.send(remove);

        ActionResult result = kafka.awaitResult(remove);
        assertEquals(ResultStatus.SKIPPED, result.status());
        assertEquals("not-a-member", result.detail());
    }

    @Test
    void removingFromADeletedListFails() {
        String list = Api.createList();
        api().delete(Api.LISTS + "/" + list).then().statusCode(204);
        ActionRequested remove = removeFromGroup(Numbers.fresh(), list);

        kafka.send(remove);

        assertEquals("list-not-found", kafka.awaitResult(remove).detail());
    }

    @Test
    void eventsForTheSameMemberAreAppliedInTheirOrder() {
        String list = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(list, number);
        ActionRequested first = removeFromGroup(number, list);
        ActionRequested second = removeFromGroup(number, list);

        kafka.send(first, second);

        assertEquals("removed", kafka.awaitResult(first).detail());
        assertEquals("not-a-member", kafka.awaitResult(second).detail());
    }

    @Test
    void aRedeliveredEventChangesNothingAndRepeatsTheSameResult() {
        String list = Api.createList();
        ActionRequested add = addToGroup(Numbers.fresh(), list);
        kafka.send(add);
        ActionResult first = kafka.awaitResult(add);
        // were the event applied again, the contact would be back on the list
        api().delete(members(list) + "/" + add.contact()).then().statusCode(204);

        kafka.send(add);

        await().atMost(TestKafka.TIMEOUT).until(() -> kafka.results(add.eventId()).size() == 2);
        assertEquals(first, kafka.results(add.eventId()).get(1));
        api().get(members(list)).then().body("total", equalTo(0));
    }

    @Test
    void resultsAreCloudEventsKeyedByTheContactWithAnIdDerivedFromTheActionEvent() {
        ActionRequested add = addToGroup(Numbers.fresh(), Api.createList());

        kafka.send(add);

        kafka.awaitResult(add);
        ConsumerRecord<String, String> record = kafka.resultRecords(add.eventId()).get(0);
        assertEquals(add.contact(), record.key());
        assertEquals(EventIds.result(add.eventId()), header(record, "ce_id"));
        assertEquals(ActionResult.TYPE, header(record, "ce_type"));
        assertEquals("urn:smsauto:contact-service", header(record, "ce_source"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
