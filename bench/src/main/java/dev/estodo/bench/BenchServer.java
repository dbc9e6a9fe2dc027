package dev.estodo.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.Application;
import dev.estodo.todo.DatabaseSettings;
import dev.estodo.todo.reactors.ConsoleEmail;
import dev.estodo.todo.web.WebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * The real application on a fresh bench database, wired as {@code ./todo serve} wires it: the same
 * pool size, the web server on a free port of 127.0.0.1 and the processors in the same process.
 * The notifier's emails go nowhere, so the bench prints only its table.
 */
final class BenchServer implements AutoCloseable {
  private final HikariDataSource pool;
  private final Application application;
  private final ProcessorRunner processors;
  private final WebServer web;

  private BenchServer(HikariDataSource pool) {
    this.pool = pool;
    this.application = Application.on(pool, pool);
    this.processors = application.processors(new ConsoleEmail(new PrintStream(OutputStream.nullOutputStream())),
        Clock.systemUTC());
    processors.start();
    this.web = application.webServer().start("127.0.0.1", 0);
  }

  static BenchServer start(BenchContext context) throws Exception {
    return new BenchServer(context.database().fresh(DatabaseSettings.DEFAULT_POOL_SIZE));
  }

  /** The application's pool: the raw baselines use it too. */
  HikariDataSource pool() {
    return pool;
  }

  /** The wired application. */
  Application application() {
    return application;
  }

  /** The running processors; their checkpoints wake waiters as soon as a processor advances. */
  ProcessorRunner processors() {
    return processors;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  /** The position of the store's latest event, 0 when empty. */
  long head() throws SQLException {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(max(position), 0) FROM events")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Override
  public void close() throws IOException {
    web.close();
    processors.close();
    application.close();
  }
}
