package dev.estodo.eventsourcing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for tests: one PostgreSQL per test JVM (embedded, or the server TEST_DATABASE_URL
 * names) and a fresh database on it for each caller, with the store's schema applied.
 */
public final class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static DatabaseUrl server;
  private static String template;

  private TestDatabase() {}

  /**
   * A new, empty, migrated database. Its pool keeps at most one idle connection. It is a copy of
   * a template migrated once per JVM, because running the migrations for every test costs a second.
   */
  public static HikariDataSource freshDataSource() {
    HikariDataSource dataSource = Database.pool(createDatabase(migratedTemplate()), 12);
    dataSource.setMinimumIdle(1);
    return dataSource;
  }

  /** A new, empty database without any schema, for tests of migrations and start-up. */
  public static DatabaseUrl createDatabase() {
    return createDatabase("template1");
  }

  private static synchronized String migratedTemplate() {
    if (template == null) {
      DatabaseUrl url = createDatabase("template1");
      try (HikariDataSource dataSource = Database.pool(url, 2)) {
        EventStoreSchema.migrate(dataSource);
      }
      template = url.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
    }
    return template;
  }

  private static synchronized DatabaseUrl createDatabase(String templateName) {
    DatabaseUrl admin = server();
    String name = "estodo_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " TEMPLATE " + templateName);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + admin, e);
    }
    return admin.withDatabase(name);
  }

  private static synchronized DatabaseUrl server() {
    if (server == null) {
      String external = System.getenv("TEST_DATABASE_URL");
      server = external == null || external.isBlank() ? startEmbedded() : DatabaseUrl.parse(external.trim());
    }
    return server;
  }

  private static DatabaseUrl startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "400")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
      return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
