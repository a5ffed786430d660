package io.smsauto.admin;

import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** POST /api/v1/simulate: what a message would cause, decided by the matching library, without side effects. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class SimulateTest {

    private static final String SIMULATE = "/api/v1/simulate";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anAutomationCreatedJustBeforeIsFoundWithItsActionsRendered() {
        String to = number();
        String keyword = keyword("SIM");
        String body = """
                {"name": "Simulated", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "FIRST_WORD"},
                 "actions": [{"name": "Reply", "type": "SEND_REPLY", "message": "Hi {{from}}, about {{args}} ({{automation}})"},
                             {"name": "Hook", "type": "FORWARD_TO_URL", "method": "GET", "url": "https://x.example/in?t={{args}}",
                              "headers": [{"key": "X-Keyword", "value": "{{keyword}}"}], "params": [{"key": "to", "value": "{{to}}"}]}]}
                """.formatted(to, keyword);
        String id = create(body);

        api().body(message("+33612345678", to, keyword.toLowerCase() + " demain 10h")).post(SIMULATE)
                .then().statusCode(200)
                .body("matched", equalTo(true))
                .body("builtin", nullValue())
                .body("automation.id", equalTo(id))
                .body("automation.name", equalTo("Simulated"))
                .body("keyword", equalTo(keyword))
                .body("actions.type", equalTo(List.of("SEND_REPLY", "FORWARD_TO_URL")))
                .body("actions[0].message", equalTo("Hi +33612345678, about demain 10h (Simulated)"))
                .body("actions[1].url", equalTo("https://x.example/in?t=demain%2010h"))
                .body("actions[1].headers[0].value", equalTo(keyword))
                .body("actions[1].params[0].value", equalTo(to));
    }

    @Test
    void theMostSpecificAutomationWins() {
        String to = number();
        String keyword = keyword("SPEC");
        create(automation("Contains", to, keyword, "CONTAINS"));
        String exact = create(automation("Exact", to, keyword, "EXACT"));

        api().body(message("+33612345678", to, keyword)).post(SIMULATE)
                .then().statusCode(200).body("automation.id", equalTo(exact));
    }

    @Test
    void aBuiltinKeywordWinsOverEveryAutomation() {
        String to = number();
        create(automation("Stop automation", to, "STOP", "CONTAINS"));

        api().body(message("+33612345678", to, "Stop.")).post(SIMULATE)
                .then().statusCode(200)
                .body("matched", equalTo(true))
                .body("builtin", equalTo("OPT_OUT"))
                .body("automation", nullValue())
                .body("actions", empty());
    }

    @Test
    void aMessageThatMatchesNothingSaysSo() {
        api().body(message("+33612345678", number(), "nothing to see here")).post(SIMULATE)
                .then().statusCode(200)
                .body("matched", equalTo(false))
                .body("builtin", nullValue())
                .body("automation", nullValue())
                .body("keyword", nullValue())
                .body("actions", empty());
    }

    @Test
    void disabledAutomationsAndOtherNumbersDoNotFire() {
        String to = number();
        String keyword = keyword("QUIET");
        String id = create(automation("Quiet", to, keyword, "EXACT"));
        api().body("{\"enabled\": false}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);
        create(automation("Elsewhere", number(), keyword, "EXACT"));

        api().body(message("+33612345678", to, keyword)).post(SIMULATE)
                .then().statusCode(200).body("matched", equalTo(false));
    }

    @Test
    void aSimulationEmitsNoActionEvent() throws Exception {
        String to = number();
        String keyword = keyword("DRY");
        create(automation("Dry", to, keyword, "EXACT"));
        String from = "+3361" + (1_000_000 + (UUID.randomUUID().hashCode() & 0xFFFFF));

        api().body(message(from, to, keyword)).post(SIMULATE).then().statusCode(200).body("matched", equalTo(true));

        // a marker with the contact's key lands on the same partition, after anything the simulation emitted
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            ConsumerTask<String, String> replies = kafka.consumeStrings().fromTopics(Topics.ACTIONS_SEND_REPLY);
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACTIONS_SEND_REPLY, from, "marker"))
                    .awaitCompletion();
            await().atMost(Duration.ofSeconds(30)).until(() -> replies.getRecords().stream()
                    .anyMatch(r -> from.equals(r.key())));
            List<ConsumerRecord<String, String>> forContact = replies.getRecords().stream()
                    .filter(r -> from.equals(r.key())).toList();
            replies.stop();
            assertEquals(List.of("marker"), forContact.stream().map(ConsumerRecord::value).toList());
        }
    }

    @Test
    void fromAndToMustBeNumbersAndTextIsRequired() {
        api().body("{\"from\": \"me\", \"to\": \"\"}").post(SIMULATE)
                .then().statusCode(422).body("violations.field", hasItems("from", "to", "text"));
    }

    private static String message(String from, String to, String text) {
        return "{\"from\": \"%s\", \"to\": \"%s\", \"text\": \"%s\"}".formatted(from, to, text);
    }
}
