package io.smsauto.admin;

import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.Automation;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** automations.changelog: the full automation after every change, a tombstone after its deletion. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ChangelogTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ChangelogReader changelog;

    @BeforeEach
    void readChangelog() {
        changelog = new ChangelogReader(bootstrapServers);
    }

    @AfterEach
    void close() {
        changelog.close();
    }

    @Test
    void eachChangeIsFollowedByTheFullAutomationAndTheDeletionByATombstone() {
        String number = number();
        String keyword = keyword("LOG");
        String id = create(automation("Logged", number, keyword, "EXACT"));
        api().body(automation("Renamed", number, keyword, "FIRST_WORD")).put(AUTOMATIONS + "/" + id).then().statusCode(200);
        api().body("{\"enabled\": false}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);
        api().body("{\"name\": \"Forget\", \"type\": \"UNSUBSCRIBE\"}").post(AUTOMATIONS + "/" + id + "/actions")
                .then().statusCode(201);
        api().delete(AUTOMATIONS + "/" + id).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = changelog.awaitRecords(id, 5);

        List<Automation> states = records.stream().map(r -> ChangelogReader.read(r.value())).toList();
        assertEquals("Logged", states.get(0).name());
        assertEquals(List.of(keyword), states.get(0).trigger().keywords());
        assertEquals(List.of(number), states.get(0).numbers());
        assertEquals("Renamed", states.get(1).name());
        assertEquals("FIRST_WORD", states.get(1).trigger().match().name());
        assertFalse(states.get(2).enabled());
        assertEquals(2, states.get(3).actions().size());
        assertEquals(states.get(1).actions().get(0).id(), states.get(3).actions().get(0).id(), "the action keeps its id");
        assertNull(states.get(4), "tombstone");
        assertEquals(5, records.size());
        for (ConsumerRecord<String, String> record : records) {
            assertEquals(id, record.key());
            assertEquals(id, ChangelogReader.header(record, "ce_subject"));
            assertEquals("urn:smsauto:automation-admin", ChangelogReader.header(record, "ce_source"));
        }
    }

    @Test
    void aCommittedChangeWhoseEventWasNeverSentIsPublishedByTheRepair() throws Exception {
        UUID saved;
        UUID deleted;
        try (Connection db = CrashedChanges.connect()) {
            saved = CrashedChanges.savedButNotPublished(db, "Crashed");
            deleted = CrashedChanges.deletedButNotPublished(db);
        }

        Automation published = changelog.latest(saved.toString(), 1);
        assertEquals("Crashed", published.name());
        assertEquals("Hi", published.actions().get(0).message());
        assertNull(changelog.awaitRecords(deleted.toString(), 1).get(0).value(), "tombstone");
    }

    @Test
    void aRefusedChangeDoesNotReachTheChangelog() {
        String number = number();
        String id = create(automation("Valid", number, keyword("VALID"), "EXACT"));

        api().body(automation("", number, "!!!", "EXACT")).put(AUTOMATIONS + "/" + id).then().statusCode(422);
        api().body("{\"name\": \"After\"}").patch(AUTOMATIONS + "/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = changelog.awaitRecords(id, 2);
        assertEquals(List.of("Valid", "After"), records.stream().map(r -> ChangelogReader.read(r.value()).name()).toList());
    }
}
