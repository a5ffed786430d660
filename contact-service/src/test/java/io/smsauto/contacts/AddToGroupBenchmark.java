package io.smsauto.contacts;

import static io.smsauto.contacts.Api.api;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.logging.Log;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.Topics;
import io.smsauto.infra.EmbeddedInfraTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's measure: 100,000 add-to-group events for 10,000 distinct numbers over 10 lists, from the
 * moment the consumer is let loose on them (they wait on the topic) until all are applied and their
 * results are on {@code actions.results}; against a baseline taken in the same run: the same contact
 * and membership rows inserted by one plain JDBC batch loop into the same database. Not part of the
 * default test run (surefire ignores {@code *Benchmark}); run it with
 * {@code ./mvnw -B -pl contact-service -am test -Dtest=AddToGroupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(AddToGroupBenchmark.PausableConsumer.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class AddToGroupBenchmark {

    private static final String CHANNEL = "add-to-group";
    private static final int NUMBERS = 10_000;
    private static final int LISTS = 10;
    private static final int EVENTS = NUMBERS * LISTS;
    private static final int WARM_UP_NUMBERS = 1_000;
    private static final int JDBC_BATCH = 1_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    public static class PausableConsumer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming." + CHANNEL + ".pausable", "true",
                    "quarkus.log.category.\"io.smsauto.contacts.messaging.ActionBatches\".level", "DEBUG");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    ChannelRegistry channels;

    @Test
    void addToGroupBurst() throws Exception {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers); Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            // warm-up: the consumer has joined its group and the code paths are compiled
            List<String> warmUpLists = createLists(2);
            produce(kafka, events(numbers(WARM_UP_NUMBERS, "+3361"), warmUpLists));
            await().atMost(TIMEOUT).until(() -> count(db, "contacts.processed_events") == 2L * WARM_UP_NUMBERS);
            double baselineBefore = baselineSeconds(db);

            channels.getPausable(CHANNEL).pause();
            List<String> numbers = numbers(NUMBERS, "+3362");
            List<String> lists = createLists(LISTS);
            long startOffset = resultsEndOffset(kafka);
            long produceStart = System.nanoTime();
            produce(kafka, events(numbers, lists));
            double produceSeconds = seconds(produceStart);

            // a paused channel still hands over the records it had asked for: those applied before the
            // timer starts are left out of the rates, which are scaled to the whole burst
            long appliedWhilePaused = count(db, "contacts.processed_events") - 2L * WARM_UP_NUMBERS;
            long start = System.nanoTime();
            channels.getPausable(CHANNEL).resume();
            await().pollInterval(Duration.ofMillis(100)).atMost(TIMEOUT)
                    .until(() -> count(db, "contacts.processed_events") == 2L * WARM_UP_NUMBERS + EVENTS);
            double toWholeBurst = (double) EVENTS / (EVENTS - appliedWhilePaused);
            double appliedSeconds = seconds(start) * toWholeBurst;
            await().pollInterval(Duration.ofMillis(100)).atMost(TIMEOUT)
                    .until(() -> resultsEndOffset(kafka) - startOffset >= EVENTS);
            double resultsSeconds = seconds(start) * toWholeBurst;

            double baselineAfter = baselineSeconds(db);
            assertEquals(EVENTS, membersOf(db, lists), "every event applied once");
            double baseline = Math.min(baselineBefore, baselineAfter);
            Log.infof("""
                    BENCHMARK add-to-group: %,d events for %,d numbers over %d lists (on the topic in %.2f s)
                      applied while the channel was paused, left out: %,d
                      applied (committed) in %.2f s = %,.0f events/s
                      applied and every result on actions.results in %.2f s = %,.0f events/s
                      baseline, one JDBC batch loop inserting the same %,d contacts and %,d memberships: %.2f s before, %.2f s after
                      ratio service / best baseline: %.2f (applied), %.2f (with results)""",
                    EVENTS, NUMBERS, LISTS, produceSeconds, appliedWhilePaused, appliedSeconds, EVENTS / appliedSeconds, resultsSeconds,
                    EVENTS / resultsSeconds, NUMBERS, EVENTS, baselineBefore, baselineAfter, appliedSeconds / baseline,
                    resultsSeconds / baseline);
        }
    }

    private static List<String> numbers(int count, String prefix) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(prefix + String.format("%07d", i));
        }
        return numbers;
    }

    private static List<String> createLists(int count) {
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lists.add(Api.createList());
        }
        return lists;
    }

    /** Every number joins every list; one contact's events are spread over the burst. */
    private static List<ActionRequested> events(List<String> numbers, List<String> lists) {
        List<ActionRequested> events = new ArrayList<>(numbers.size() * lists.size());
        for (String list : lists) {
            for (String number : numbers) {
                events.add(ActionEvents.addToGroup(number, list));
            }
        }
        return events;
    }

    private static void produce(KafkaCompanion kafka, List<ActionRequested> events) throws Exception {
        List<ProducerRecord<String, String>> records = new ArrayList<>(events.size());
        for (ActionRequested event : events) {
            records.add(new ProducerRecord<>(Topics.ACTIONS_ADD_TO_GROUP, event.contact(),
                    ActionEvents.JSON.writeValueAsString(event)));
        }
        kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofMinutes(2));
    }

    private static long resultsEndOffset(KafkaCompanion kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < Topics.PARTITIONS; p++) {
            partitions.add(new TopicPartition(Topics.ACTIONS_RESULTS, p));
        }
        return kafka.offsets().list(partitions.stream().collect(java.util.stream.Collectors.toMap(
                tp -> tp, tp -> org.apache.kafka.clients.admin.OffsetSpec.latest())))
                .values().stream().mapToLong(info -> info.offset()).sum();
    }

    /** The same rows as the burst, into copies of the tables (same keys, indexes and foreign keys). */
    private static double baselineSeconds(Connection db) throws SQLException {
        String schema = "baseline_" + UUID.randomUUID().toString().replace("-", "");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE SCHEMA " + schema);
            ddl.execute("CREATE TABLE " + schema + ".lists (LIKE contacts.lists INCLUDING ALL)");
            ddl.execute("CREATE TABLE " + schema + ".contacts (LIKE contacts.contacts INCLUDING ALL)");
            ddl.execute("CREATE TABLE " + schema + ".memberships (LIKE contacts.memberships INCLUDING ALL,"
                    + " FOREIGN KEY (list_id) REFERENCES " + schema + ".lists (id) ON DELETE CASCADE,"
                    + " FOREIGN KEY (number) REFERENCES " + schema + ".contacts (number))");
        }
        List<UUID> lists = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + schema + ".lists (id, name, created_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < LISTS; i++) {
                lists.add(UUID.randomUUID());
                insert.setObject(1, lists.get(i));
                insert.setString(2, "list " + i);
                insert.setTimestamp(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<String> numbers = numbers(NUMBERS, "+3363");
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement contacts = db.prepareStatement("INSERT INTO " + schema + ".contacts (number, created_at) VALUES (?, ?)");
             PreparedStatement members = db.prepareStatement("INSERT INTO " + schema + ".memberships (list_id, number, added_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < numbers.size(); i++) {
                contacts.setString(1, numbers.get(i));
                contacts.setTimestamp(2, now);
                contacts.addBatch();
                if ((i + 1) % JDBC_BATCH == 0) {
                    contacts.executeBatch();
                }
            }
            contacts.executeBatch();
            int rows = 0;
            for (UUID list : lists) {
                for (String number : numbers) {
                    members.setObject(1, list);
                    members.setString(2, number);
                    members.setTimestamp(3, now);
                    members.addBatch();
                    if (++rows % JDBC_BATCH == 0) {
                        members.executeBatch();
                    }
                }
            }
            members.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        double seconds = seconds(start);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        return seconds;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int membersOf(Connection db, List<String> lists) {
        return lists.stream().mapToInt(list -> api().get(Api.members(list)).then().extract().path("total")).sum();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
