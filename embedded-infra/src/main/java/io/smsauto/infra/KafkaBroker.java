package io.smsauto.infra;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one node) in this JVM, on
 * 127.0.0.1. Its log directory is formatted once and kept, so a broker restarted on the same
 * directory keeps its topics, records and consumer offsets. It can be stopped and started again on
 * the same ports, for tests of what clients do while the broker is away.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Fixed, so that a directory formatted once can be started again. */
    private static final String CLUSTER_ID = "c21zYXV0by1sb2NhbC0x";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaConfig config;
    private final int port;
    /** Null while stopped; guarded by {@code this}. */
    private KafkaRaftServer server;

    private KafkaBroker(KafkaConfig config, int port) {
        this.config = config;
        this.port = port;
    }

    /** Starts a broker on {@code port} (0: a free one) with its data in {@code logDir}. */
    public static KafkaBroker start(Path logDir, int port) throws Exception {
        Files.createDirectories(logDir);
        int brokerPort = FreePorts.orPick(port);
        int controllerPort = FreePorts.pick();
        Properties config = config(logDir, brokerPort, controllerPort);
        format(logDir);
        KafkaBroker broker = new KafkaBroker(new KafkaConfig(config), brokerPort);
        broker.restart();
        return broker;
    }

    /** Starts the broker again after {@link #stop()}, on the same ports and data; does nothing while it runs. */
    public synchronized void restart() {
        if (server == null) {
            KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
            started.startup();
            server = started;
        }
    }

    /** Shuts the broker down and waits until it has; {@link #restart()} brings it back. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private static Properties config(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // consumers join at once instead of waiting for more members
        p.put("group.initial.rebalance.delay.ms", "0");
        // every topic is declared in the events module and created by Topics; a typo must fail, not create
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "6");
        return p;
    }

    private static void format(Path logDir) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(NODE_ID)
                    .setClusterId(CLUSTER_ID)
                    .setControllerListenerName(CONTROLLER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setIgnoreFormatted(true)
                    .run();
        }
    }
}
