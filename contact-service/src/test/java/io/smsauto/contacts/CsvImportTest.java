package io.smsauto.contacts;

import static io.smsauto.contacts.Api.api;
import static io.smsauto.contacts.Api.members;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class CsvImportTest {

    @Test
    void goodRowsAreAddedDuplicatesCountedAndBadRowsRejectedWithTheirLineNumbers() {
        String list = Api.createList();
        String present = Numbers.fresh();
        String fresh = Numbers.fresh();
        String other = Numbers.fresh();
        Api.addMember(list, present);
        String csv = "phone,name\r\n"
                + present + ",Already there\r\n"
                + fresh.substring(1) + ",Without plus\r\n"
                + "\r\n"
                + "\"" + other + "\",Quoted\r\n"
                + "hello,Not a number\r\n"
                + fresh + ",Twice in the file\r\n"
                + "12,Too short\r\n";

        importCsv(list, csv).then().statusCode(200)
                .body("added", equalTo(2))
                .body("alreadyPresent", equalTo(2))
                .body("rejected", equalTo(2))
                .body("rejectedRows.line", contains(6, 8))
                .body("rejectedRows.value", contains("hello", "12"));

        api().get(members(list)).then().body("members.number", contains(Stream.of(present, fresh, other).sorted().toArray()));
    }

    @Test
    void aFileWithoutHeaderStartsWithANumber() {
        String list = Api.createList();

        importCsv(list, Numbers.fresh() + "\n" + Numbers.fresh() + "\n").then().statusCode(200)
                .body("added", equalTo(2)).body("rejected", equalTo(0));
    }

    @Test
    void anExportListsEveryMemberByNumberAndImportsBackUnchanged() {
        String list = Api.createList();
        List<String> numbers = Stream.generate(Numbers::fresh).limit(3).sorted().toList();
        numbers.forEach(number -> Api.addMember(list, number));

        String csv = api().get(members(list) + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"list-" + list + ".csv\"")
                .extract().asString();

        List<String> lines = csv.lines().toList();
        assertEquals("number,added_at", lines.get(0));
        assertEquals(numbers, lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList());
        importCsv(list, csv).then().body("added", equalTo(0)).body("alreadyPresent", equalTo(3)).body("rejected", equalTo(0));
    }

    @Test
    void onlyTextCsvIsAccepted() {
        api().contentType("application/json").body("[]").post(members(Api.createList()) + "/import").then().statusCode(415);
    }

    /** The server refuses as soon as it sees the length: a client that waits for "100 Continue" gets the 413. */
    @Test
    void aFileOverTenMegabytesIsA413() throws Exception {
        String list = Api.createList();
        String row = Numbers.fresh() + "\n";
        String tooBig = row.repeat(10 * 1024 * 1024 / row.length() + 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + members(list) + "/import"))
                .header("Authorization", "Bearer test-token")
                .header("Content-Type", "text/csv")
                .version(HttpClient.Version.HTTP_1_1)
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(tooBig))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        api().get(members(list)).then().body("total", equalTo(0));
    }

    @Test
    void importingIntoAnUnknownListIsA404() {
        importCsv(UUID.randomUUID().toString(), Numbers.fresh()).then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.Response importCsv(String list, String csv) {
        return api().contentType("text/csv").body(csv).post(members(list) + "/import");
    }
}
