package io.smsauto.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smsauto.runner.Service;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input at every public endpoint — each carrier's webhook, the admin, contact, dispatcher and
 * sandbox APIs — gets the right 4xx with an RFC 9457 problem naming the field, and changes nothing:
 * the system keeps working afterwards.
 */
class BadInputIT extends SystemTest {

    private static final String PROBLEM = "application/problem+json";


    @Test
    void vonageWebhooksWithMissingOrMalformedFieldsAre400NamingTheField() {
        Map<String, String> noSender = sms(Unique.number());
        noSender.remove("msisdn");
        assertProblem(carriers.vonageForm(Carriers.signedByVonage(noSender)), 400, "msisdn");

        Map<String, String> notANumber = sms(Unique.number());
        notANumber.put("msisdn", "call me");
        assertProblem(carriers.vonageQuery(Carriers.signedByVonage(notANumber)), 400, "msisdn");

        Map<String, String> badPart = sms(Unique.number());
        badPart.putAll(Map.of("concat", "true", "concat-ref", "1A", "concat-total", "2", "concat-part", "two"));
        assertProblem(carriers.vonageJson(Carriers.signedByVonage(badPart)), 400, "concat-part");
    }

    @Test
    void vonageWebhooksWithAWrongMissingOrStaleSignatureAre401() {
        Map<String, String> forged = Carriers.signedByVonage(sms(Unique.number()));
        forged.put("text", "changed after signing");
        carriers.vonageForm(forged).then().statusCode(401).contentType(PROBLEM);

        carriers.vonageForm(sms(Unique.number())).then().statusCode(401).contentType(PROBLEM);

        Map<String, String> stale = sms(Unique.number());
        stale.put("timestamp", String.valueOf(System.currentTimeMillis() / 1000 - 600));
        stale.put("sig", CarrierSigning.vonage(stale));
        carriers.vonageForm(stale).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void vonageDeliveryReceiptsWithABadFieldAre400NamingItAndUnsigned401() {
        Map<String, String> noStatus = Carriers.vonageReceipt(Unique.number(), Unique.number(), Unique.id(), "delivered", "e");
        noStatus.remove("status");
        assertProblem(carriers.vonageReceipt(Carriers.signedByVonage(noStatus)), 400, "status");

        assertProblem(carriers.vonageReceipt(Carriers.signedByVonage(
                Carriers.vonageReceipt(Unique.number(), Unique.number(), Unique.id(), "lost-in-space", "e"))), 400, "status");

        Map<String, String> notANumber = Carriers.vonageReceipt(Unique.number(), Unique.number(), Unique.id(), "delivered", "e");
        notANumber.put("msisdn", "call me");
        assertProblem(carriers.vonageReceipt(Carriers.signedByVonage(notANumber)), 400, "msisdn");

        carriers.vonageReceipt(Carriers.vonageReceipt(Unique.number(), Unique.number(), Unique.id(), "delivered", "e"))
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void twilioWebhooksWithoutSenderAre400AndWithAWrongSignature401() {
        Map<String, String> noSender = Carriers.twilioSms(Unique.number(), Unique.number(), "hello", "SM" + Unique.id());
        noSender.remove("From");
        assertProblem(carriers.twilio(noSender), 400, "From");

        Map<String, String> params = Carriers.twilioSms(Unique.number(), Unique.number(), "hello", "SM" + Unique.id());
        carriers.twilio(params, CarrierSigning.twilio("http://elsewhere.example/webhooks/twilio/inbound", params))
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void messageMediaWebhooksWithBadBodiesAre400AndWithAWrongSignature401() {
        String noSender = Carriers.messageMediaSms(Unique.number(), Unique.number(), "hello", Unique.id())
                .replaceFirst("\"source_number\": \"[^\"]*\", ", "");
        assertProblem(carriers.messageMedia(noSender), 400, "source_number");
        assertProblem(carriers.messageMedia("[\"not\", \"an object\"]"), 400, "body");

        String body = Carriers.messageMediaSms(Unique.number(), Unique.number(), "hello", Unique.id());
        String date = "Mon, 23 Nov 2026 10:00:00 GMT";
        carriers.messageMedia(body.getBytes(StandardCharsets.UTF_8), date,
                        CarrierSigning.messageMedia("POST " + Carriers.MESSAGEMEDIA + " HTTP/1.1", date, new byte[0]))
                .then().statusCode(401).contentType(PROBLEM);

        carriers.messageMedia("{\"content\": \"" + "x".repeat(70 * 1024) + "\"}").then().statusCode(413);
    }

    @Test
    void theAdminApiRefusesBadAutomationsNamingTheField() {
        admin.request().body("{\"name\": \"half").post("/api/v1/automations").then().statusCode(400).contentType(PROBLEM);

        Map<String, Object> invalid = new LinkedHashMap<>(AdminApi.automation(Unique.keyword("BAD"), Unique.number(),
                List.of(Actions.sendReply("Hello {{firstName}}"), Actions.addToGroup("7d7a0c4e-0000-4000-8000-000000000000"))));
        invalid.put("name", "");
        invalid.put("trigger", Map.of("keywords", List.of(Unique.keyword("BAD")), "match", "SOMETIMES"));
        admin.request().body(invalid).post("/api/v1/automations").then()
                .statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItems("name", "trigger.match", "actions[0].message"));

        Map<String, Object> unknownList = AdminApi.automation(Unique.keyword("BAD"), Unique.number(),
                List.of(Actions.addToGroup("7d7a0c4e-0000-4000-8000-000000000000")));
        assertProblem(admin.request().body(unknownList).post("/api/v1/automations"), 422, "actions[0].listId");

        String keyword = Unique.keyword("TWICE");
        String number = Unique.number();
        String first = admin.request().body(AdminApi.automation(keyword, number, List.of(Actions.sendReply("first"))))
                .post("/api/v1/automations").then().statusCode(201).extract().path("id");
        assertProblem(admin.request().body(AdminApi.automation(keyword, number, List.of(Actions.sendReply("second"))))
                .post("/api/v1/automations"), 409, "trigger.keywords[0]");

        admin.request().get("/api/v1/automations/" + Unique.id()).then().statusCode(404).contentType(PROBLEM);
        assertProblem(admin.request().queryParam("size", 0).get("/api/v1/automations/" + first + "/executions"),
                422, "size");
        unauthenticated(Service.AUTOMATION_ADMIN).get("/api/v1/automations").then().statusCode(401);
    }

    @Test
    void theContactApiRefusesBadListsNumbersAndPagesNamingTheField() {
        assertProblem(contacts.request().body("{}").post("/api/v1/lists"), 422, "name");
        assertProblem(contacts.request().get("/api/v1/contacts/not-a-number"), 400, "number");
        String list = contacts.createList("Pages");
        assertProblem(contacts.request().queryParam("size", 0).get("/api/v1/lists/" + list + "/members"), 422, "size");
        assertProblem(contacts.request().queryParam("page", "two").get("/api/v1/lists/" + list + "/members"), 400, "page");
        contacts.request().get("/api/v1/lists/" + Unique.id()).then().statusCode(404).contentType(PROBLEM);
        unauthenticated(Service.CONTACT_SERVICE).get("/api/v1/lists").then().statusCode(401);
    }

    @Test
    void theDispatcherApiRefusesBadPagesAndReplaysNamingTheField() {
        assertProblem(authenticated(Service.ACTION_DISPATCHER).queryParam("size", 0).get("/api/v1/dead-letters"), 422, "size");
        assertProblem(authenticated(Service.ACTION_DISPATCHER).post("/api/v1/dead-letters/replay"), 400, "host");
        authenticated(Service.ACTION_DISPATCHER).post("/api/v1/dead-letters/" + Unique.id() + "/replay")
                .then().statusCode(404).contentType(PROBLEM);
        unauthenticated(Service.ACTION_DISPATCHER).get("/api/v1/dead-letters").then().statusCode(401);
    }

    @Test
    void theSandboxApiRefusesABadLimitNamingTheField() {
        assertProblem(authenticated(Service.NOTIFIER_SERVICE).queryParam("limit", 0).get("/api/v1/sandbox/messages"),
                422, "limit");
        unauthenticated(Service.NOTIFIER_SERVICE).get("/api/v1/sandbox/messages").then().statusCode(401);
    }

    @Test
    void refusedWebhooksHaveNoEffectAndTheNextGoodMessageIsHandled() {
        String keyword = Unique.keyword("AGAIN");
        String business = Unique.number();
        String contact = Unique.number();
        String automation = admin.createServing(keyword, business, List.of(Actions.sendReply("Still here")));

        for (int i = 0; i < 5; i++) {
            Map<String, String> forged = Carriers.signedByVonage(Carriers.vonageSms(contact, business, keyword, Unique.id()));
            forged.put("sig", "0".repeat(32));
            carriers.vonageForm(forged).then().statusCode(401);
            Map<String, String> noReceiver = Carriers.vonageSms(contact, business, keyword, Unique.id());
            noReceiver.remove("to");
            carriers.vonageForm(Carriers.signedByVonage(noReceiver)).then().statusCode(400);
            carriers.messageMedia("{\"source_number\": ").then().statusCode(400);
            admin.request().body("[").post("/api/v1/automations").then().statusCode(400);
        }
        carriers.vonage(contact, business, keyword, Unique.id());

        sms.awaitSent(contact, "Still here");
        admin.awaitFinishedActions(automation, contact);
        assertEquals(List.of("Still here"), sms.textsTo(contact));
    }

    private static Map<String, String> sms(String from) {
        return new LinkedHashMap<>(Carriers.vonageSms(from, Unique.number(), "hello", Unique.id()));
    }

    private static void assertProblem(Response response, int status, String field) {
        response.then().statusCode(status).contentType(PROBLEM).body("violations.field", hasItem(field));
    }

    private static RequestSpecification authenticated(Service service) {
        return unauthenticated(service).header("Authorization", "Bearer " + RunningSystem.API_TOKEN);
    }

    private static RequestSpecification unauthenticated(Service service) {
        return given().baseUri(running.url(service).toString());
    }
}
