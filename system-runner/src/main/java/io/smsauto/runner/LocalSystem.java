package io.smsauto.runner;

import io.smsauto.infra.FreePorts;
import io.smsauto.infra.KafkaBroker;
import io.smsauto.infra.PostgresServer;
import io.smsauto.infra.TopicCreator;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on this machine: a Kafka broker and a PostgreSQL (unless existing ones are
 * configured), then the six services as separate processes, ready when each answers
 * {@code /q/health/ready}. {@link #close()} stops the services gracefully, then the infrastructure;
 * it may be called from another thread while {@link #start()} is still running (a Ctrl-C during
 * start-up): each step then stops what was started before it.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final RunSettings settings;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    /** Replicas started by {@link #addReplica} besides the first one of each service. */
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private String bootstrapServers;
    private boolean closed;

    public LocalSystem(RunSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once every service is ready; on failure stops what it started. */
    public void start() throws Exception {
        try {
            startInfrastructure();
            startServices();
            List<ServiceProcess> starting;
            synchronized (this) {
                starting = new ArrayList<>(services.values());
            }
            awaitReady(starting, settings.readyTimeout());
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + settings.ports().get(service));
    }

    public RunSettings settings() {
        return settings;
    }

    public synchronized String kafkaBootstrapServers() {
        return bootstrapServers;
    }

    /** The embedded PostgreSQL, or null when an existing database is used. */
    public synchronized PostgresServer postgres() {
        return postgres;
    }

    /** The embedded Kafka broker, or null when an existing one is used. */
    public synchronized KafkaBroker kafka() {
        return kafka;
    }

    /** Process ids by instance name: the service's id, or a replica's name. */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.values().forEach(process -> pids.put(process.instance(), process.pid()));
        replicas.forEach(process -> pids.put(process.instance(), process.pid()));
        return pids;
    }

    /** Kills the first replica of {@code service} with SIGKILL, as a crash would end it. */
    public void kill(Service service) throws InterruptedException {
        ServiceProcess process;
        synchronized (this) {
            process = services.get(service);
        }
        process.kill();
    }

    /** Starts {@code service} again on its port after {@link #kill} and returns once it is ready. */
    public void restart(Service service) throws IOException, InterruptedException {
        ServiceProcess process;
        synchronized (this) {
            ensureOpen();
            if (services.get(service).isAlive()) {
                throw new IllegalStateException(service.id() + " is running");
            }
            process = ServiceProcess.start(service, settings.projectRoot(), settings.ports().get(service),
                    serviceEnv(), settings.javaOptions(), settings.dataDir().resolve("logs"));
            services.put(service, process);
        }
        awaitReady(List.of(process), settings.readyTimeout());
    }

    /**
     * Starts one more replica of {@code service} on a free port, in the same consumer groups, and
     * returns its URL once it is ready. Its {@code HOSTNAME} is its own, so that identities derived
     * from it (keyword-matcher's transactional id) differ between replicas.
     */
    public URI addReplica(Service service) throws IOException, InterruptedException {
        ServiceProcess process;
        synchronized (this) {
            ensureOpen();
            String name = service.id() + "-" + (2 + replicas.stream().filter(r -> r.service() == service).count());
            Map<String, String> env = serviceEnv();
            env.put("HOSTNAME", name);
            process = ServiceProcess.start(service, name, settings.projectRoot(), FreePorts.pick(), env,
                    settings.javaOptions(), settings.dataDir().resolve("logs"));
            replicas.add(process);
        }
        awaitReady(List.of(process), settings.readyTimeout());
        return process.url();
    }

    @Override
    public synchronized void close() throws Exception {
        closed = true;
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.addAll(replicas);
        all.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : all) {
            process.awaitStop(STOP_GRACE);
        }
        services.clear();
        replicas.clear();
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } finally {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
        }
    }

    private synchronized void startInfrastructure() throws Exception {
        ensureOpen();
        if (settings.externalKafka().isPresent()) {
            bootstrapServers = settings.externalKafka().get();
        } else {
            kafka = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort());
            bootstrapServers = kafka.bootstrapServers();
        }
        TopicCreator.createMissing(bootstrapServers);
        if (!settings.externalDatabase()) {
            postgres = PostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort());
        }
    }

    private synchronized void startServices() throws IOException {
        ensureOpen();
        Map<String, String> env = serviceEnv();
        for (Service service : Service.values()) {
            services.put(service, ServiceProcess.start(service, settings.projectRoot(), settings.ports().get(service),
                    env, settings.javaOptions(), settings.dataDir().resolve("logs")));
        }
    }

    private void awaitReady(List<ServiceProcess> processes, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        while (!waiting.isEmpty()) {
            ensureOpen();
            for (ServiceProcess process : waiting) {
                if (!process.isAlive()) {
                    throw new IOException(process.service().id() + " exited while starting; end of "
                            + process.log() + ":\n" + process.logTail(40));
                }
            }
            waiting.removeIf(ServiceProcess::isReady);
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new IOException(late.service().id() + " not ready after " + timeout + "; end of "
                        + late.log() + ":\n" + late.logTail(40));
            }
            if (!waiting.isEmpty()) {
                Thread.sleep(500);
            }
        }
    }

    private synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    private String localUrl(Service service) {
        return "http://127.0.0.1:" + settings.ports().get(service);
    }

    private Map<String, String> serviceEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("API_TOKEN", settings.apiToken());
        // the services log JSON in their prod profile; a person reads this run's logs, unless told otherwise
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                System.getenv().getOrDefault("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        env.put("QUARKUS_REST_CLIENT_CONTACT_SERVICE_URL", localUrl(Service.CONTACT_SERVICE));
        // the web UI reaches the sandbox's SMS and the gateway's webhook through automation-admin
        env.put("QUARKUS_REST_CLIENT_NOTIFIER_SERVICE_URL", localUrl(Service.NOTIFIER_SERVICE));
        env.put("SMSAUTO_GATEWAY_URL", localUrl(Service.INBOUND_GATEWAY));
        if (postgres != null) {
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl());
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
            // six JVMs migrating at once on a small machine can take longer than the default 5 s to get a connection
            env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60s");
        }
        env.putAll(settings.serviceEnv());
        return env;
    }
}
