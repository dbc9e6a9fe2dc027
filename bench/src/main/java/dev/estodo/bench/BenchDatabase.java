package dev.estodo.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.EventStoreSchema;
import dev.estodo.todo.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL the bench runs on: the server {@code DATABASE_URL} names, or an embedded one in a
 * temporary directory with PostgreSQL's default durability (the embedded library turns fsync and
 * synchronous_commit off; the bench turns them back on). Each scenario gets a fresh database.
 */
final class BenchDatabase implements AutoCloseable {
  private static final List<String> SETTINGS = List.of("server_version", "fsync", "synchronous_commit",
      "full_page_writes", "wal_sync_method", "shared_buffers", "max_wal_size");

  private final EmbeddedPostgres embedded;
  private final DatabaseUrl server;
  private final List<String> created = new ArrayList<>();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final Map<HikariDataSource, String> names = new IdentityHashMap<>();

  private BenchDatabase(EmbeddedPostgres embedded, DatabaseUrl server) {
    this.embedded = embedded;
    this.server = server;
  }

  static BenchDatabase start(String databaseUrl) throws IOException {
    if (databaseUrl != null) return new BenchDatabase(null, DatabaseUrl.parse(databaseUrl));
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        // 64 raw clients beside the server's pools and the bench's own
        .setServerConfig("max_connections", "200")
        .start();
    return new BenchDatabase(postgres, new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"),
        "postgres", null));
  }

  /** A new, empty database with the store's schema, behind a pool of {@code poolSize}. */
  synchronized HikariDataSource fresh(int poolSize) throws SQLException {
    String name = "estodo_bench_" + ProcessHandle.current().pid() + "_" + (created.size() + 1);
    execute("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
    created.add(name);
    HikariDataSource pool = pool(name, poolSize);
    pools.add(pool);
    names.put(pool, name);
    EventStoreSchema.migrate(pool);
    return pool;
  }

  /** Pooled connections to database {@code name} on the bench's server, as the application pools them. */
  private HikariDataSource pool(String name, int size) {
    PGSimpleDataSource database = new PGSimpleDataSource();
    database.setURL(server.jdbcUrl());
    database.setDatabaseName(name);
    HikariConfig config = new HikariConfig();
    config.setDataSource(database);
    if (server.user() != null) config.setUsername(server.user());
    if (server.password() != null) config.setPassword(server.password());
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(3000);
    return new HikariDataSource(config);
  }

  /** Where the database behind {@code pool} (one of {@link #fresh}'s) is, as other processes connect to it. */
  synchronized DatabaseAddress addressOf(HikariDataSource pool) {
    return DatabaseAddress.of(server, names.get(pool));
  }

  /** A CPU meter for this server's processes. */
  CpuMeter cpuMeter() throws SQLException {
    try (Connection connection = connect()) {
      return CpuMeter.of(connection);
    }
  }

  /** Where it runs, for the report. */
  String description() {
    return embedded != null ? "embedded PostgreSQL in a temporary directory" : server.toString();
  }

  /** The server's version and durability settings, for the report. */
  Map<String, String> settings() throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String setting : SETTINGS) {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
          row.next();
          settings.put(setting, row.getString(1));
        }
      }
    }
    return settings;
  }

  private void execute(String... sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
  }

  /** Closes the pools, drops the databases the bench created and stops the embedded server. */
  @Override
  public void close() throws IOException, SQLException {
    pools.forEach(HikariDataSource::close);
    for (String name : created) {
      execute("DROP DATABASE IF EXISTS " + name);
    }
    if (embedded != null) embedded.close();
  }
}
