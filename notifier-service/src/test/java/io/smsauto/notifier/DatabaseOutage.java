package io.smsauto.notifier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes the test database away and brings it back, as a PostgreSQL restart would look to the
 * service: its connections are cut and new ones refused until {@link #end()}. It works from the
 * server's {@code postgres} database, which stays open.
 */
final class DatabaseOutage {

    private final String adminUrl;
    private final String database;
    private final String user;
    private final String password;

    DatabaseOutage(String jdbcUrl, String user, String password) {
        int slash = jdbcUrl.lastIndexOf('/');
        this.adminUrl = jdbcUrl.substring(0, slash + 1) + "postgres";
        this.database = jdbcUrl.substring(slash + 1);
        this.user = user;
        this.password = password;
    }

    void begin() throws SQLException {
        run("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    void end() throws SQLException {
        run("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
    }

    private void run(String... statements) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
