package vn.dxflow.production;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import vn.dxflow.PostgresConfigured;

/**
 * An empty PostgreSQL database of its own for one test, on the server the build is given
 * ({@code DXFLOW_TEST_PG_URL}; its user needs CREATEDB, which .ci/run grants). Dropped when closed.
 */
final class FreshDatabase implements AutoCloseable {

    private final String url;
    private final String name;

    FreshDatabase(String purpose) throws SQLException {
        this.name = ("dxflow_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        String server = System.getenv(PostgresConfigured.URL);
        this.url = server.substring(0, server.lastIndexOf('/') + 1) + name;
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        }
    }

    String url() {
        return url;
    }

    static String user() {
        return System.getenv("DXFLOW_TEST_PG_USER");
    }

    static String password() {
        return System.getenv("DXFLOW_TEST_PG_PASSWORD");
    }

    Connection connect() throws SQLException {
        return connect(url);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    @Override
    public void close() throws SQLException {
        String server = System.getenv(PostgresConfigured.URL);
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
