package dev.estodo.todo;

import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.todo.web.WebServer;
import java.net.URI;

/**
 * The application as tests use it: a fresh database on the test PostgreSQL and the real web
 * server on a free port of 127.0.0.1.
 */
public final class TestServer implements AutoCloseable {
  private final Application application;
  private final WebServer web;

  private TestServer(Application application) {
    this.application = application;
    this.web = application.webServer().start("127.0.0.1", 0);
  }

  /** A running server on an empty database. */
  public static TestServer start() {
    var dataSource = TestDatabase.freshDataSource();
    return new TestServer(Application.on(dataSource, dataSource));
  }

  /** The wired application behind the server (its store, its data source). */
  public Application application() {
    return application;
  }

  /** {@code path} on this server, e.g. {@code uri("/todos/outstanding")}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  @Override
  public void close() throws Exception {
    web.close();
    application.close();
  }
}
