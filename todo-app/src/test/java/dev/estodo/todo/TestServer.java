package dev.estodo.todo;

import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.eventsourcing.TestDatabase;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The application as tests use it: a fresh database on the test PostgreSQL, the real web server
 * on a free port of 127.0.0.1 and, when asked, the processors.
 */
public final class TestServer implements AutoCloseable {
  private final Application application;
  private final WebServer web;
  private final ProcessorRunner processors;

  private TestServer(Application application, ProcessorRunner processors) {
    this(application, processors, WebLimits.DEFAULTS);
  }

  private TestServer(Application application, ProcessorRunner processors, WebLimits limits) {
    this.application = application;
    this.processors = processors;
    this.web = application.webServer(WebSettings.DEFAULT_READ_WAIT, limits).start("127.0.0.1", 0);
  }

  /**
   * A new database with the store's and the app's schema, copied from a template migrated once per
   * JVM: migrating for every test costs more than the copy.
   */
  public static HikariDataSource freshDataSource() {
    return TestDatabase.freshDataSource("todo", Application::migrate);
  }

  /** A running server on an empty database. */
  public static TestServer start() {
    var dataSource = freshDataSource();
    return new TestServer(Application.on(dataSource, dataSource), null);
  }

  /** A running server with its processors too; the notifier sends with {@code email}, dates by {@code clock}. */
  public static TestServer startWithProcessors(Email email, Clock clock) {
    var dataSource = freshDataSource();
    Application application = Application.on(dataSource, dataSource);
    ProcessorRunner processors = application.processors(email, clock);
    processors.start();
    return new TestServer(application, processors);
  }

  /** As {@link #startWithProcessors(Email, Clock)}, the web server allowing clients what {@code limits} says. */
  public static TestServer startWithProcessors(Email email, Clock clock, WebLimits limits) {
    var dataSource = freshDataSource();
    Application application = Application.on(dataSource, dataSource);
    ProcessorRunner processors = application.processors(email, clock);
    processors.start();
    return new TestServer(application, processors, limits);
  }

  /** The wired application behind the server (its store, its data source). */
  public Application application() {
    return application;
  }

  /** {@code path} on this server, e.g. {@code uri("/todos/outstanding")}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + web.port() + path);
  }

  /** The method and path of every route the server has, such as {@code GET /todo/{id}/events}. */
  public List<String> routes() {
    return web.routes();
  }

  @Override
  public void close() throws IOException {
    web.close();
    if (processors != null) processors.close();
    application.close();
  }
}
