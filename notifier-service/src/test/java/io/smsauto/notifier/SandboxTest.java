package io.smsauto.notifier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ResultStatus;
import io.smsauto.notifier.repository.SandboxRepository;
import io.smsauto.notifier.sms.OutgoingSms;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SandboxProfile.class)
class SandboxTest {

    private static final String MESSAGES = "/api/v1/sandbox/messages";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SandboxRepository sandbox;

    private NotifierTopics topics;

    @BeforeEach
    void connect() {
        topics = new NotifierTopics(bootstrapServers);
    }

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void aReplyWithoutVonageCredentialsIsRecordedAndListed() {
        String contact = Actions.newNumber();
        ActionRequested request = Actions.reply(contact, "Hi from the sandbox");

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("sandbox: not sent", result.detail());
        authorized().queryParam("number", contact).when().get(MESSAGES).then()
                .statusCode(200)
                .body("eventId", contains(request.eventId()))
                .body("[0].from", equalTo(request.message().to()))
                .body("[0].to", equalTo(contact))
                .body("[0].text", equalTo("Hi from the sandbox"));
    }

    @Test
    void messagesAreListedNewestFirstForTheNumberAskedFor() {
        String number = Actions.newNumber();
        long first = sandbox.record(new OutgoingSms(UUID.randomUUID().toString(), Actions.newNumber(), number, "one"));
        long second = sandbox.record(new OutgoingSms(UUID.randomUUID().toString(), number, Actions.newNumber(), "two"));
        sandbox.record(new OutgoingSms(UUID.randomUUID().toString(), Actions.newNumber(), Actions.newNumber(), "other"));

        authorized().queryParam("number", number.substring(1)).when().get(MESSAGES).then()
                .statusCode(200)
                .body("id", contains((int) second, (int) first));
    }

    @Test
    void theLimitCapsTheList() {
        String number = Actions.newNumber();
        for (int i = 0; i < 3; i++) {
            sandbox.record(new OutgoingSms(UUID.randomUUID().toString(), Actions.newNumber(), number, "n" + i));
        }

        authorized().queryParam("number", number).queryParam("limit", 2).when().get(MESSAGES).then()
                .statusCode(200)
                .body("text", contains("n2", "n1"));
    }

    @Test
    void aNumberWithoutMessagesGetsAnEmptyList() {
        authorized().queryParam("number", Actions.newNumber()).when().get(MESSAGES).then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    void theListNeedsTheBearerToken() {
        given().when().get(MESSAGES).then().statusCode(401);
        given().auth().oauth2("wrong-token").when().get(MESSAGES).then().statusCode(401);
    }

    @Test
    void aLimitOutOfRangeIsRefusedNamingTheField() {
        for (String limit : List.of("0", "501", "ten")) {
            authorized().queryParam("limit", limit).when().get(MESSAGES).then()
                    .statusCode(422)
                    .body("violations.field", hasItem("limit"));
        }
    }

    @Test
    void aNumberThatIsNotAPhoneNumberIsRefusedNamingTheField() {
        authorized().queryParam("number", "abc").when().get(MESSAGES).then()
                .statusCode(422)
                .body("violations.field", hasItem("number"));
    }

    @Test
    void anEmailWithoutAnSmtpHostIsLoggedInsteadOfSent() {
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of("ops@example.test"));

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        assertEquals("logged: no SMTP host configured, not sent", result.detail());
    }

    private static RequestSpecification authorized() {
        return given().auth().oauth2("test-token");
    }
}
