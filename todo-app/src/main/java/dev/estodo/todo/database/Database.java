package dev.estodo.todo.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventStoreSchema;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A pooled connection to PostgreSQL: the server {@code DATABASE_URL} names, or else an embedded
 * PostgreSQL keeping its data in a directory across restarts. Closing it closes the pool and
 * leaves the embedded server, which stops when no estodo process uses it any more.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final HikariDataSource processing;
  private final EmbeddedServer embedded;
  private final String description;

  private Database(DatabaseUrl url, Sizes sizes, EmbeddedServer embedded, String description) {
    this.dataSource = new HikariDataSource(pool(url, "estodo", sizes.requests()));
    // a HikariDataSource made empty opens its pool on the first connection asked for, so a
    // web-only process never opens the processors' connections
    this.processing = new HikariDataSource();
    pool(url, "estodo-processors", sizes.processors()).copyStateTo(processing);
    this.embedded = embedded;
    this.description = description;
  }

  /** How many connections each pool keeps: one for requests, one of the processors' own. */
  public record Sizes(int requests, int processors) {}

  /** {@link #open(DatabaseUrl, Path, Integer, Sizes)} with a processors' pool of two, for tests of the database. */
  public static Database open(DatabaseUrl databaseUrl, Path dataDirectory, Integer dataPort, int poolSize) {
    return open(databaseUrl, dataDirectory, dataPort, new Sizes(poolSize, 2));
  }

  /**
   * Connects to {@code databaseUrl} when it is not null, else to the embedded PostgreSQL in
   * {@code dataDirectory} (started if no process runs it, on {@code dataPort} when not null, else on
   * the port it last ran on), and applies the store's schema.
   */
  public static Database open(DatabaseUrl databaseUrl, Path dataDirectory, Integer dataPort, Sizes sizes) {
    if (databaseUrl != null) {
      return migrated(new Database(databaseUrl, sizes, null, databaseUrl.toString()));
    }
    EmbeddedServer server = EmbeddedServer.open(dataDirectory, dataPort);
    DatabaseUrl url = new DatabaseUrl(server.jdbcUrl(), "postgres", null);
    String description = "embedded PostgreSQL at " + url.jdbcUrl() + ", data in " + dataDirectory;
    try {
      return migrated(new Database(url, sizes, server, description));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** A Hikari pool on {@code url} that gives up on a connection after 3 s, so callers can report it. */
  private static HikariConfig pool(DatabaseUrl url, String name, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) config.setUsername(url.user());
    if (url.password() != null) config.setPassword(url.password());
    config.setMaximumPoolSize(poolSize);
    config.setConnectionTimeout(3000);
    config.setPoolName(name);
    return config;
  }

  private static Database migrated(Database database) {
    try {
      EventStoreSchema.migrate(database.dataSource);
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The pooled connections of requests and everything else but the processors. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The processors' own pool, which queries can never exhaust; opened on first use. */
  public DataSource processing() {
    return processing;
  }

  /** Where the data lives, without passwords: printed at start. */
  public String description() {
    return description;
  }

  @Override
  public void close() {
    processing.close();
    dataSource.close();
    if (embedded != null) embedded.close();
  }
}
