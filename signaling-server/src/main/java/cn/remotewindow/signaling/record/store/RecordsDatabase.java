package cn.remotewindow.signaling.record.store;

import cn.remotewindow.signaling.config.WindowProperties;
import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The records database: brings the schema up to date with Flyway (over JDBC, once at start-up),
 * then serves R2DBC connections from a pool. One JDBC URL names it ({@link WindowProperties.Records}):
 * H2 runs in PostgreSQL mode so that one schema and one set of statements serve both.
 */
public final class RecordsDatabase implements AutoCloseable {

    /** The database behind the URL. */
    public enum Kind {
        H2, POSTGRESQL
    }

    /**
     * H2 speaks PostgreSQL's dialect (ON CONFLICT, lower-case names, NULLs last). WRITE_DELAY=0 writes
     * every commit to the file before the commit returns, so that an acknowledged write survives a
     * killed process (H2's default gives itself half a second; CrashRecoveryTest loses acknowledged
     * outcomes without it). It does not survive a power cut: H2 never forces the file to disk on
     * commit (only at a clean close) — PostgreSQL does. DB_CLOSE_ON_EXIT=FALSE: the database is
     * closed by {@link #close()}, after the writer has drained, not by H2's own shutdown hook, which
     * runs alongside Spring's and would close it under the writes of a stopping server (the
     * sessions it ends with SERVER_SHUTDOWN, the writer's queue).
     */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    private static final Logger log = LoggerFactory.getLogger(RecordsDatabase.class);

    private final Kind kind;
    private final String description;
    private final ConnectionPool pool;
    private final DatabaseClient client;
    private final TransactionalOperator transactions;

    private RecordsDatabase(Kind kind, String description, ConnectionPool pool) {
        this.kind = kind;
        this.description = description;
        this.pool = pool;
        this.client = DatabaseClient.create(pool);
        this.transactions = TransactionalOperator.create(new R2dbcTransactionManager(pool));
    }

    /** Migrates the schema and opens the pool; fails loudly when the database cannot be reached. */
    public static RecordsDatabase open(WindowProperties.Records settings) {
        String url = settings.url().trim();
        if (url.startsWith("jdbc:h2:")) {
            String h2 = h2Url(url).substring("jdbc:h2:".length());
            migrate("jdbc:h2:" + h2, settings);
            H2ConnectionConfiguration.Builder h2Config = H2ConnectionConfiguration.builder().url(h2);
            if (!settings.username().isEmpty()) {
                h2Config.username(settings.username()).password(settings.password());
            }
            return new RecordsDatabase(Kind.H2, url, pool(new H2VarcharBinding(new H2ConnectionFactory(h2Config.build())), settings));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            Properties parsed = Driver.parseURL(url, new Properties());
            if (parsed == null) {
                throw new IllegalArgumentException("window.records.url: not a PostgreSQL JDBC URL: " + url);
            }
            migrate(url, settings);
            PostgresqlConnectionConfiguration config = PostgresqlConnectionConfiguration.builder()
                    .host(parsed.getProperty("PGHOST", "localhost"))
                    .port(Integer.parseInt(parsed.getProperty("PGPORT", "5432").split(",")[0]))
                    .database(parsed.getProperty("PGDBNAME"))
                    .username(settings.username())
                    .password(settings.password())
                    .build();
            return new RecordsDatabase(Kind.POSTGRESQL, url, pool(new PostgresqlConnectionFactory(config), settings));
        }
        throw new IllegalArgumentException("window.records.url must start with jdbc:h2: or jdbc:postgresql:, not " + url);
    }

    /** The JDBC URL H2 is opened with: the configured one and the options above. */
    public static String h2Url(String configured) {
        String h2 = configured.trim().substring("jdbc:h2:".length());
        if (h2.startsWith("mem:")) {
            // Kept while the process lives, not only while a connection is open (Flyway's closes).
            h2 += ";DB_CLOSE_DELAY=-1";
        }
        h2 += H2_OPTIONS;
        if (!h2.toUpperCase(java.util.Locale.ROOT).contains(";CACHE_SIZE=")) {
            // 64 MB of pages (H2's default is 16): with 100,000 sessions (2 GB) the auditors' list p95
            // went from 67 to 36 ms (bench/run records). A CACHE_SIZE in the URL wins.
            h2 += ";CACHE_SIZE=65536";
        }
        return "jdbc:h2:" + h2;
    }

    private static void migrate(String jdbcUrl, WindowProperties.Records settings) {
        var result = Flyway.configure()
                .dataSource(jdbcUrl, settings.username(), settings.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // Flyway names a target version only when it applied something; otherwise the schema stays where it was.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        log.info("records schema at version {} ({} migration(s) applied)", version, result.migrationsExecuted);
    }

    private static ConnectionPool pool(ConnectionFactory factory, WindowProperties.Records settings) {
        return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(1)
                .maxSize(Math.max(1, settings.poolSize()))
                .maxIdleTime(Duration.ofMinutes(10))
                .maxAcquireTime(settings.writeTimeout())
                .build());
    }

    public Kind kind() {
        return kind;
    }

    public DatabaseClient client() {
        return client;
    }

    public TransactionalOperator transactions() {
        return transactions;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    @Override
    public String toString() {
        return "RecordsDatabase[" + kind + " " + description + "]";
    }
}
