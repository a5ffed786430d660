package io.smsauto.admin;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How long a dry run takes with 10, 1,000 and 10,000 automations on the receiving number, and a
 * creation (stored, clash-checked, acknowledged by the broker on the changelog), against reading one
 * automation by id in the same run. Not part of the test suite (its name is not *Test):
 * {@code ./mvnw -q -B -pl automation-admin -am test -Dtest=SimulateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the lines starting with "bench:".
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class SimulateBenchmark {

    @TestHTTPResource("/")
    URI base;

    @Test
    void simulateAgainstReadingOneAutomation() throws Exception {
        Bench bench = new Bench(base);
        String one = Api.create(Api.automation("Bench", Api.number(), Api.keyword("BENCH"), "EXACT"));
        bench.measure("GET one automation (baseline)", 1000, bench.get("/api/v1/automations/" + one));
        for (int size : new int[] {10, 1_000, 10_000}) {
            String number = Api.number();
            seed(number, size);
            HttpRequest simulate = bench.post("/api/v1/simulate",
                    "{\"from\": \"+33612345678\", \"to\": \"" + number + "\", \"text\": \"kw" + (size / 2) + " please\"}");
            bench.measure("POST simulate, " + size + " automations on the number", size >= 10_000 ? 100 : 1000, simulate);
        }
        String number = Api.number();
        bench.measure("POST automation (201 once on the changelog)", 300, () -> bench.post("/api/v1/automations",
                Api.automation("Created", number, Api.keyword("NEW"), "EXACT")), 201);
    }

    /** {@code size} enabled automations on {@code number}, keywords kw0…, a mix of modes, straight into the table. */
    private static void seed(String number, int size) throws SQLException {
        String[] modes = {"EXACT", "FIRST_WORD", "CONTAINS"};
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = CrashedChanges.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into admin.automations (id, name, enabled, numbers, keywords, match_mode, actions, created_at,
                    updated_at, version)
                values (?, ?, true, ?, ?, ?,
                    '[{"id": "a1", "name": "Reply", "type": "SEND_REPLY", "message": "Hi {{from}}, {{args}}"}]', ?, ?, 0)""")) {
            for (int i = 0; i < size; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "Bench " + i);
                insert.setString(3, "[\"" + number + "\"]");
                insert.setString(4, "[\"kw" + i + "\", \"kw" + i + " alt\"]");
                insert.setString(5, modes[i % modes.length]);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
