package io.smsauto.contacts;

import static io.smsauto.contacts.Api.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.OptOutStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class ContactApiTest {

    @RegisterExtension
    final TestKafka kafka = new TestKafka();

    @Test
    void anUnknownNumberIsA404() {
        api().get("/api/v1/contacts/" + Numbers.fresh()).then().statusCode(404).contentType("application/problem+json");
        api().post("/api/v1/contacts/" + Numbers.fresh() + "/opt-in").then().statusCode(404);
    }

    @Test
    void aContactShowsItsStatusAndItsLists() {
        String number = Numbers.fresh();
        String name = api().body(Map.of("name", "Contact lists " + number)).post(Api.LISTS)
                .then().statusCode(201).extract().path("name");
        String list = api().get(Api.LISTS).then().extract().path("find { it.name == '" + name + "' }.id");
        Api.addMember(list, number);

        api().get("/api/v1/contacts/" + number.substring(1)).then().statusCode(200)
                .body("number", equalTo(number))
                .body("optedOut", equalTo(false))
                .body("optedOutAt", nullValue())
                .body("lists.id", contains(list))
                .body("lists.name", contains(name));
    }

    @Test
    void optingInAnOptedOutContactSubscribesItAndPublishesTheChange() {
        String number = Numbers.fresh();
        kafka.send(ActionEvents.stop(number, Instant.now()));
        await().atMost(TestKafka.TIMEOUT).untilAsserted(() ->
                api().get("/api/v1/contacts/" + number).then().statusCode(200)
                        .body("optedOut", equalTo(true)).body("optedOutAt", notNullValue()));

        api().post("/api/v1/contacts/" + number + "/opt-in").then().statusCode(200)
                .body("optedOut", equalTo(false)).body("optedOutAt", nullValue());

        await().atMost(TestKafka.TIMEOUT).until(() -> kafka.optOuts(number).size() == 2);
        assertTrue(kafka.optOuts(number).get(0).optedOut());
        assertFalse(kafka.optOuts(number).get(1).optedOut());
    }

    @Test
    void optingInASubscribedContactChangesNothing() {
        String list = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(list, number);

        api().post("/api/v1/contacts/" + number + "/opt-in").then().statusCode(200).body("optedOut", equalTo(false));

        api().get("/api/v1/contacts/" + number).then().body("optedOut", equalTo(false));
        // a later change is published after anything the opt-in published: only that change may be there
        kafka.send(ActionEvents.stop(number, Instant.now()));
        await().atMost(TestKafka.TIMEOUT).until(() -> !kafka.optOuts(number).isEmpty());
        assertEquals(List.of(true), kafka.optOuts(number).stream().map(OptOutStatus::optedOut).toList());
    }
}
