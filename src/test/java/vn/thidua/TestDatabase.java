package vn.thidua;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a fresh database of the kind the build asks for (system property
 * {@code thidua.test.db}: {@code h2} or {@code postgresql}). PostgreSQL is a real server started
 * once per JVM from Maven Central binaries (stopped by its own shutdown hook); each context gets its
 * own empty database in it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

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
      url = server().getJdbcUrl("postgres", database);
      user = "postgres";
    } else {
      url = "jdbc:h2:mem:thidua-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
      user = "sa";
    }
    TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
        "spring.datasource.password=").applyTo(context);
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  private static void create(String database) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
