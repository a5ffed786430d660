package io.smsauto.contacts;

import static io.smsauto.contacts.Api.api;
import static io.smsauto.contacts.Api.members;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class MemberApiTest {

    @Test
    void addingANumberAnswers201ThenAgain200WithTheSameMember() {
        String list = Api.createList();
        String number = Numbers.fresh();

        String addedAt = api().put(members(list) + "/" + number)
                .then().statusCode(201).body("number", equalTo(number)).body("addedAt", notNullValue())
                .extract().path("addedAt");

        api().put(members(list) + "/" + number)
                .then().statusCode(200).body("number", equalTo(number)).body("addedAt", equalTo(addedAt));
        api().get(members(list)).then().body("total", equalTo(1));
    }

    @Test
    void numbersInPathsMayBeUrlEncodedOrLeaveOutThePlus() {
        String list = Api.createList();
        String number = Numbers.fresh();

        api().urlEncodingEnabled(false).put(members(list) + "/%2B" + number.substring(1)).then().statusCode(201);
        api().put(members(list) + "/" + number.substring(1)).then().statusCode(200).body("number", equalTo(number));
        api().urlEncodingEnabled(false).delete(members(list) + "/" + number.substring(1)).then().statusCode(204);
    }

    @Test
    void anInvalidNumberIsA400NamingIt() {
        String list = Api.createList();

        api().put(members(list) + "/12ab").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("number"));
        api().delete(members(list) + "/123").then().statusCode(400).body("violations.field", hasItem("number"));
        api().get("/api/v1/contacts/not-a-number").then().statusCode(400).body("violations.field", hasItem("number"));
    }

    @Test
    void membersArePagedByNumber() {
        String list = Api.createList();
        List<String> numbers = Stream.generate(Numbers::fresh).limit(5).sorted().toList();
        numbers.forEach(number -> Api.addMember(list, number));

        api().queryParam("page", 1).queryParam("size", 2).get(members(list))
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5))
                .body("members.number", contains(numbers.get(2), numbers.get(3)));
        api().get(members(list)).then().body("size", equalTo(50)).body("members.number", contains(numbers.toArray()));
    }

    @Test
    void aPageOrSizeThatIsNotAnIntegerIsA400AndOneOutOfRangeA422() {
        String list = Api.createList();

        api().queryParam("page", "two").get(members(list)).then().statusCode(400).body("violations.field", hasItem("page"));
        api().queryParam("page", -1).queryParam("size", 501).get(members(list))
                .then().statusCode(422).body("violations.field", hasItems("page", "size"));
        api().queryParam("size", 0).get(members(list)).then().statusCode(422).body("violations.field", hasItem("size"));
    }

    @Test
    void removingAMemberAnswers204AndANonMember404() {
        String list = Api.createList();
        String number = Numbers.fresh();
        Api.addMember(list, number);

        api().delete(members(list) + "/" + number).then().statusCode(204);

        api().delete(members(list) + "/" + number).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("not on list"));
        api().get(members(list)).then().body("total", equalTo(0));
    }

    @Test
    void membersOfAnUnknownListAreA404() {
        String unknown = members(UUID.randomUUID().toString());

        api().get(unknown).then().statusCode(404).contentType("application/problem+json");
        api().put(unknown + "/" + Numbers.fresh()).then().statusCode(404);
        api().delete(unknown + "/" + Numbers.fresh()).then().statusCode(404);
        api().get(unknown + "/export").then().statusCode(404);
    }
}
