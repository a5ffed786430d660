package io.smsauto.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The infrastructure the services need, started for real in this JVM: a Kafka broker with every
 * topic of the events module, and a PostgreSQL server.
 */
public final class EmbeddedInfra implements AutoCloseable {

    private final KafkaBroker kafka;
    private final PostgresServer postgres;

    private EmbeddedInfra(KafkaBroker kafka, PostgresServer postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /**
     * Starts both under {@code dataDir} ({@code kafka/} and {@code postgres/}); a port of 0 picks a
     * free one. Data already in {@code dataDir} is kept.
     */
    public static EmbeddedInfra start(Path dataDir, int kafkaPort, int postgresPort) throws Exception {
        KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
        try {
            TopicCreator.createMissing(kafka.bootstrapServers());
            PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), postgresPort);
            return new EmbeddedInfra(kafka, postgres);
        } catch (Exception e) {
            kafka.close();
            throw e;
        }
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The settings a Quarkus service needs to use this broker and this database. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        return config;
    }

    @Override
    public void close() throws Exception {
        try {
            postgres.close();
        } finally {
            kafka.close();
        }
    }
}
