package dev.estodo.todo.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.todo.Application;
import dev.estodo.todo.web.WebServer;
import java.net.URI;

/**
 * The real application on a fresh bench database, as {@code ./todo serve} wires it, with its web
 * server on a free port of 127.0.0.1 and the same pool size.
 */
final class BenchServer implements AutoCloseable {
  static final int POOL_SIZE = 24;

  private final HikariDataSource pool;
  private final Application application;
  private final WebServer web;

  private BenchServer(HikariDataSource pool) {
    this.pool = pool;
    this.application = Application.on(pool, pool);
    this.web = application.webServer().start("127.0.0.1", 0);
  }

  static BenchServer start(BenchContext context) throws Exception {
    return new BenchServer(context.database().fresh(POOL_SIZE));
  }

  /** The application's pool: the raw baselines use it too. */
  HikariDataSource pool() {
    return pool;
  }

  /** The wired application. */
  Application application() {
    return application;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  @Override
  public void close() throws Exception {
    web.close();
    application.close();
  }
}
