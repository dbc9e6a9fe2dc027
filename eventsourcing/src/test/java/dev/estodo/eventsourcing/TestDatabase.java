package dev.estodo.eventsourcing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Databases for tests: one PostgreSQL per test JVM (embedded, or the server TEST_DATABASE_URL
 * names, as {@code postgres://user:pass@host:port/db}) and a fresh database on it for each caller,
 * with the store's schema applied, and an application's too when it asks.
 */
public final class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Map<String, String> TEMPLATES = new HashMap<>();
  private static Server server;

  /** Where the test PostgreSQL listens and as whom to connect; {@code jdbcUrl} names one of its databases. */
  public record Server(String host, int port, String user, String password) {
    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A plain connection to {@code database}, outside any pool. */
    public Connection connect(String database) throws SQLException {
      return DriverManager.getConnection(jdbcUrl(database), user, password);
    }
  }

  private TestDatabase() {}

  /**
   * A new, empty, migrated database behind a pool that keeps at most one idle connection. It is a
   * copy of a template migrated once per JVM, because running the migrations for every test costs
   * a second.
   */
  public static HikariDataSource freshDataSource() {
    return freshDataSource("store", dataSource -> {});
  }

  /**
   * A new database like {@link #freshDataSource()}, with an application's schema too: its template
   * has {@code migrations} applied after the store's, once per JVM for each {@code schema} name.
   */
  public static HikariDataSource freshDataSource(String schema, Consumer<DataSource> migrations) {
    return pool(createDatabase(migratedTemplate(schema, migrations)), 12);
  }

  /** A new database without any schema, for tests of migrations and start-up; returns its name. */
  public static String createDatabase() {
    return createDatabase("template1");
  }

  /** A pool of up to {@code size} connections to {@code database} on the test server. */
  public static HikariDataSource pool(String database, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server().jdbcUrl(database));
    config.setUsername(server().user());
    config.setPassword(server().password());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(3000);
    return new HikariDataSource(config);
  }

  /** The test PostgreSQL, started on first use. */
  public static synchronized Server server() {
    if (server == null) {
      String external = System.getenv("TEST_DATABASE_URL");
      server = external == null || external.isBlank() ? startEmbedded() : parse(external.trim());
    }
    return server;
  }

  private static synchronized String migratedTemplate(String schema, Consumer<DataSource> migrations) {
    return TEMPLATES.computeIfAbsent(schema, key -> {
      String name = createDatabase("template1");
      try (HikariDataSource dataSource = pool(name, 2)) {
        EventStoreSchema.migrate(dataSource);
        migrations.accept(dataSource);
      }
      return name;
    });
  }

  private static synchronized String createDatabase(String templateName) {
    String name = "estodo_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection connection = server().connect("postgres"); Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name + " TEMPLATE " + templateName);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + server().jdbcUrl("postgres"), e);
    }
    return name;
  }

  private static Server parse(String url) {
    URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
    String[] credentials = uri.getRawUserInfo() == null ? new String[] {"postgres"} : uri.getRawUserInfo().split(":", 2);
    String password = credentials.length > 1 ? URLDecoder.decode(credentials[1], StandardCharsets.UTF_8) : null;
    return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), credentials[0], password);
  }

  private static Server startEmbedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "400")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
      return new Server("localhost", postgres.getPort(), "postgres", null);
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
