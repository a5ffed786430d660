package io.smsauto.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from binaries shipped in a Maven artifact, on 127.0.0.1, with its data
 * in a directory that is kept between starts. It holds one database, {@value #DATABASE}; each
 * service keeps its tables in a schema of its own.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "smsauto";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    /** Null while stopped; guarded by {@code this}. */
    private EmbeddedPostgres postgres;

    private PostgresServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts PostgreSQL on {@code port} (0: a free one) with its data in {@code dataDir}. */
    public static PostgresServer start(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir.getParent());
        PostgresServer server = new PostgresServer(dataDir, FreePorts.orPick(port));
        server.restart();
        createDatabaseIfMissing(server.postgres);
        return server;
    }

    /** Starts the server again after {@link #stop()}, on the same port and data; does nothing while it runs. */
    public synchronized void restart() throws Exception {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
        }
    }

    /** Shuts the server down (fast mode: open connections are closed); {@link #restart()} brings it back. */
    public synchronized void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** The URL form of the Vert.x reactive PostgreSQL client. */
    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }
}
