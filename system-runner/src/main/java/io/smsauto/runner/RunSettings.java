package io.smsauto.runner;

import io.smsauto.infra.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to run the system: where the project and the data are, which ports, and whether Kafka and
 * PostgreSQL are started here or already run elsewhere.
 *
 * @param kafkaPort       port of the embedded broker (0: a free one), unless {@code externalKafka}
 * @param postgresPort    port of the embedded PostgreSQL (0: a free one), unless {@code externalDatabase}
 * @param externalKafka   bootstrap servers of a broker to use instead of starting one
 * @param externalDatabase true when QUARKUS_DATASOURCE_* point the services at an existing database
 * @param serviceEnv      environment for every service, on top of the inherited one
 */
public record RunSettings(
        Path projectRoot,
        Path dataDir,
        Map<Service, Integer> ports,
        int kafkaPort,
        int postgresPort,
        Optional<String> externalKafka,
        boolean externalDatabase,
        String apiToken,
        Map<String, String> serviceEnv,
        List<String> javaOptions,
        Duration readyTimeout) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_POSTGRES_PORT = 5433;
    static final String DEFAULT_JAVA_OPTIONS = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError";

    /** bin/run: the DESIGN.md §7 environment variables, the default ports, data in {@code run-data/}. */
    public static RunSettings fromEnvironment(Map<String, String> env, Path projectRoot) throws Exception {
        Path dataDir = Path.of(env.getOrDefault("SMSAUTO_DATA_DIR", projectRoot.resolve("run-data").toString()))
                .toAbsolutePath();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        Optional<String> externalKafka = Optional.ofNullable(env.get("KAFKA_BOOTSTRAP_SERVERS")).filter(s -> !s.isBlank());
        boolean externalDatabase = env.keySet().stream().anyMatch(k -> k.startsWith("QUARKUS_DATASOURCE_")
                && k.endsWith("_URL"));
        String token = Optional.ofNullable(env.get("API_TOKEN")).filter(t -> !t.isBlank())
                .orElse(storedToken(dataDir));
        List<String> javaOptions = Arrays.asList(env.getOrDefault("SMSAUTO_JAVA_OPTS", DEFAULT_JAVA_OPTIONS)
                .trim().split("\\s+"));
        return new RunSettings(projectRoot, dataDir, ports,
                Integer.parseInt(env.getOrDefault("SMSAUTO_KAFKA_PORT", String.valueOf(DEFAULT_KAFKA_PORT))),
                Integer.parseInt(env.getOrDefault("SMSAUTO_POSTGRES_PORT", String.valueOf(DEFAULT_POSTGRES_PORT))),
                externalKafka, externalDatabase, token, Map.of(), javaOptions, Duration.ofMinutes(5));
    }

    /**
     * A system that shares nothing with another on the same machine: free ports for everything and
     * its own data folder; for tests and benchmarks.
     */
    public static RunSettings isolated(Path projectRoot, Path dataDir, String apiToken, Map<String, String> serviceEnv) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.pick());
        }
        return new RunSettings(projectRoot, dataDir, ports, 0, 0, Optional.empty(), false, apiToken, serviceEnv,
                Arrays.asList(DEFAULT_JAVA_OPTIONS.split(" ")), Duration.ofMinutes(5));
    }

    /** True when API_TOKEN was not given and the token comes from (or was just written to) the data folder. */
    public boolean tokenGenerated(Map<String, String> env) {
        return env.get("API_TOKEN") == null || env.get("API_TOKEN").isBlank();
    }

    /** A token generated on the first run and kept in the data folder, so it stays the same between runs. */
    private static String storedToken(Path dataDir) throws Exception {
        Path file = dataDir.resolve("api-token");
        if (Files.isRegularFile(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, token);
        return token;
    }
}
