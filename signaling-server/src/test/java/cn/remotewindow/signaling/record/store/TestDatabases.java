package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * Fresh, migrated records databases for tests: H2 in memory, and a real PostgreSQL 16 started from
 * Maven (zonky's embedded binaries, no system install) once per test JVM, with a new database per
 * call so that tests do not see each other's rows.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static WindowProperties.Records settings(String url, String username) {
        return new WindowProperties.Records(url, username, "", 4, 256, 20_000, Duration.ofSeconds(20),
                Duration.ofDays(180), Duration.ofHours(1));
    }

    /** Settings of a new, empty H2 database in memory. */
    public static WindowProperties.Records h2() {
        return settings("jdbc:h2:mem:records-" + UUID.randomUUID(), "");
    }

    /** Settings of a new, empty database on the shared embedded PostgreSQL. */
    public static synchronized WindowProperties.Records postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the data directory is a temporary one.
                }
            }));
        }
        String name = "records_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return settings(postgres.getJdbcUrl("postgres", name), "postgres");
    }

    /** A JDBC connection to the same database, for tests that change rows behind the store's back. */
    public static Connection jdbc(WindowProperties.Records settings) throws SQLException {
        String url = settings.url().startsWith("jdbc:h2:")
                ? settings.url() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                : settings.url();
        return java.sql.DriverManager.getConnection(url, settings.username(), settings.password());
    }
}
