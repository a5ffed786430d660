package io.smsauto.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.infra.EmbeddedInfraTestResource;
import io.smsauto.infra.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The service starts on a database where changes were committed but never published (a crash
 * between the two): they are on the changelog a moment after start, before any periodic repair.
 */
@QuarkusTest
@TestProfile(ChangelogRepairOnStartTest.AfterACrash.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class ChangelogRepairOnStartTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "test.crashed.saved")
    String saved;

    @ConfigProperty(name = "test.crashed.deleted")
    String deleted;

    @Test
    void changesLeftUnpublishedByACrashArePublishedOnStart() {
        try (ChangelogReader changelog = new ChangelogReader(bootstrapServers)) {
            assertEquals("Crashed before publishing", changelog.latest(saved, 1).name());
            assertNull(changelog.awaitRecords(deleted, 1).get(0).value(), "tombstone");
        }
    }

    /** Only the run a second after start can publish: the periodic one is an hour away. */
    public static class AfterACrash implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("changelog.repair-interval", "1h");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CrashedDatabase.class));
        }
    }

    /** Migrates the schema as the service would and leaves unpublished changes in it, before the service starts. */
    public static class CrashedDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            PostgresServer postgres = EmbeddedInfraTestResource.infra().postgres();
            Flyway.configure().dataSource(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD)
                    .schemas("admin").locations("classpath:db/migration").load().migrate();
            try (Connection db = CrashedChanges.connect()) {
                return Map.of("test.crashed.saved", CrashedChanges.savedButNotPublished(db, "Crashed before publishing")
                                .toString(),
                        "test.crashed.deleted", CrashedChanges.deletedButNotPublished(db).toString());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void stop() {
            // the rows stay: the shared database outlives this test
        }
    }
}
