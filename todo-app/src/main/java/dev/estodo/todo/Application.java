package dev.estodo.todo;

import dev.estodo.eventsourcing.CommandHandler;
import dev.estodo.eventsourcing.Database;
import dev.estodo.eventsourcing.EventStoreSchema;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.todo.aggregates.Todo;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.web.CommandRoutes;
import dev.estodo.todo.web.HistoryRoutes;
import dev.estodo.todo.web.PageRoutes;
import dev.estodo.todo.web.WebServer;
import java.util.List;
import javax.sql.DataSource;

/**
 * The parts every server process shares, wired by hand: the database (a server or the embedded
 * one), the application's own tables, and the event store. Closing it closes them in reverse.
 */
public final class Application implements AutoCloseable {
  private static final int POOL_SIZE = 24;

  private final DataSource dataSource;
  private final AutoCloseable database;
  private final PostgresEventStore store;

  private Application(DataSource dataSource, AutoCloseable database) {
    EventStoreSchema.migrate(dataSource, "classpath:db/migration/todo", "todo_schema_history");
    this.dataSource = dataSource;
    this.database = database;
    this.store = new PostgresEventStore(dataSource);
  }

  /** Connects, applies the store's and the app's migrations, and prints where the data is. */
  public static Application open(ServerSettings settings) {
    Database database = Database.open(settings.databaseUrl(), settings.dataDirectory(), POOL_SIZE);
    System.out.println("estodo database: " + database.description());
    return new Application(database.dataSource(), database);
  }

  /**
   * On a data source whose store schema is already applied (tests pass their own); closing
   * closes {@code owner}, which may be the data source itself.
   */
  public static Application on(DataSource dataSource, AutoCloseable owner) {
    return new Application(dataSource, owner);
  }

  /** The pooled connections. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The event store. */
  public PostgresEventStore store() {
    return store;
  }

  /** The HTTP server with every route group; not yet listening. */
  public WebServer webServer() {
    var commands = new CommandHandler<>(store, TodoEventTypes.registry(), new Todo(), TodoEvent.class);
    return new WebServer(List.of(new PageRoutes(), new CommandRoutes(commands), new HistoryRoutes(store)));
  }

  @Override
  public void close() throws Exception {
    store.close();
    database.close();
  }
}
