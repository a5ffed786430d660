package io.smsauto.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedInfraTest {

    private static Path dataDir;
    private static EmbeddedInfra infra;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("embedded-infra-test");
        infra = EmbeddedInfra.start(dataDir, 0, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (infra != null) {
            infra.close();
        }
        Directories.deleteRecursively(dataDir);
    }

    @Test
    void everyTopicExistsWithItsCleanupPolicyAndPartitions() throws Exception {
        try (Admin admin = admin()) {
            Set<String> names = Topics.ALL.stream().map(Topics.TopicSpec::name).collect(Collectors.toSet());
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            var configs = admin.describeConfigs(names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get(30, TimeUnit.SECONDS);

            for (Topics.TopicSpec spec : Topics.ALL) {
                assertEquals(spec.partitions(), described.get(spec.name()).partitions().size(), spec.name());
                String policy = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))
                        .get("cleanup.policy").value();
                assertEquals(spec.cleanup().policy(), policy, spec.name());
            }
        }
    }

    @Test
    void aRecordProducedWithAcksAllIsConsumedBack() throws Exception {
        String key = "+33612345678";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(Topics.SMS_INBOUND, key, "hello")).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(List.of(Topics.SMS_INBOUND));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String value = null;
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (var record : records) {
                    if (key.equals(record.key())) {
                        value = record.value();
                    }
                }
            }
            assertEquals("hello", value);
        }
    }

    @Test
    void theDatabaseAcceptsConnectionsAndSchemas() throws Exception {
        try (Connection connection = DriverManager.getConnection(infra.postgres().jdbcUrl(),
                PostgresServer.USER, PostgresServer.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS probe");
            statement.execute("CREATE TABLE IF NOT EXISTS probe.t (v text)");
            statement.execute("INSERT INTO probe.t VALUES ('ok')");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM probe.t")) {
                assertTrue(rows.next());
                assertTrue(rows.getLong(1) >= 1);
            }
        }
    }

    @Test
    void quarkusConfigPointsAtBothServers() {
        Map<String, String> config = infra.quarkusConfig();
        assertEquals(infra.kafka().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(infra.postgres().jdbcUrl(), config.get("quarkus.datasource.jdbc.url"));
        assertTrue(config.get("quarkus.datasource.reactive.url").startsWith("postgresql://127.0.0.1:"));
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
        return Admin.create(config);
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "embedded-infra-test");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
