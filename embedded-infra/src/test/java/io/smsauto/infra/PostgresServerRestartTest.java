package io.smsauto.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerRestartTest {

    private static Path dataDir;
    private static PostgresServer postgres;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("postgres-restart-test");
        postgres = PostgresServer.start(dataDir.resolve("postgres"), 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        Directories.deleteRecursively(dataDir);
    }

    @Test
    void aRestartedServerKeepsItsPortAndItsData() throws Exception {
        int port = postgres.port();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE kept (value text)");
            sql.execute("INSERT INTO kept VALUES ('before the restart')");
        }
        postgres.stop();
        try {
            assertThrows(SQLException.class, () -> connect().close());
        } finally {
            postgres.restart();
        }
        assertEquals(port, postgres.port());
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT value FROM kept")) {
            rows.next();
            assertEquals("before the restart", rows.getString(1));
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
    }
}
