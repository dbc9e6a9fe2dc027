package dev.estodo.todo;

import dev.estodo.eventsourcing.CommandHandler;
import dev.estodo.eventsourcing.EventStoreSchema;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.aggregates.Todo;
import dev.estodo.todo.database.Database;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import dev.estodo.todo.web.CommandRoutes;
import dev.estodo.todo.web.HealthRoutes;
import dev.estodo.todo.web.HistoryRoutes;
import dev.estodo.todo.web.PageRoutes;
import dev.estodo.todo.web.QueryRoutes;
import dev.estodo.todo.web.WebServer;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * The parts every server process shares, wired by hand: the database (a server or the embedded
 * one), the application's own tables, the event store, the projections and the processors that
 * follow it. Closing it closes them in reverse.
 */
public final class Application implements AutoCloseable {
  private static final int POOL_SIZE = 24;

  private final DataSource dataSource;
  private final Closeable database;
  private final PostgresEventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final OutstandingTodos outstanding;
  private final ScheduledTodos scheduled;
  private final CompletedTodos completed;

  private Application(DataSource dataSource, Closeable database) {
    migrate(dataSource);
    this.dataSource = dataSource;
    this.database = database;
    this.store = new PostgresEventStore(dataSource);
    this.checkpoints = new ProcessorCheckpoints(dataSource, store);
    this.outstanding = new OutstandingTodos(dataSource);
    this.scheduled = new ScheduledTodos(dataSource);
    this.completed = new CompletedTodos(dataSource);
  }

  /** Connects, applies the store's and the app's migrations, and prints where the data is. */
  public static Application open(ServerSettings settings) {
    Database database = Database.open(settings.databaseUrl(), settings.dataDirectory(), POOL_SIZE);
    System.out.println("estodo database: " + database.description());
    return new Application(database.dataSource(), database::close);
  }

  /**
   * On a data source whose store schema is already applied (tests pass their own); closing
   * closes {@code owner}, which may be the data source itself.
   */
  public static Application on(DataSource dataSource, Closeable owner) {
    return new Application(dataSource, owner);
  }

  /** Applies the app's pending migrations (its projections' tables and functions) on top of the store's. */
  public static void migrate(DataSource dataSource) {
    EventStoreSchema.migrate(dataSource, "classpath:db/migration/todo", "todo_schema_history");
  }

  /** The pooled connections. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The event store. */
  public PostgresEventStore store() {
    return store;
  }

  /** The processors' checkpoints: where each stands, waits for a position, resets for a rebuild. */
  public ProcessorCheckpoints checkpoints() {
    return checkpoints;
  }

  /** The projections (outstanding, scheduled, completed todos), which queries read and rebuilds reset. */
  public List<Projector> projectors() {
    return List.of(outstanding, scheduled, completed);
  }

  /** The projectors and the notifier, which sends with {@code email} and dates by {@code clock}; not started. */
  public ProcessorRunner processors(Email email, Clock clock) {
    ProcessorRunner runner = new ProcessorRunner(dataSource, store, ProcessorSettings.defaults(), checkpoints);
    projectors().forEach(runner::add);
    return runner.add(new TodoCompletedNotifier(store, email, clock));
  }

  /** The HTTP server with every route group; not yet listening. */
  public WebServer webServer() {
    var commands = new CommandHandler<>(store, TodoEventTypes.registry(), new Todo(), TodoEvent.class);
    return new WebServer(List.of(new PageRoutes(), new CommandRoutes(commands), new HistoryRoutes(store),
        queryRoutes(QueryRoutes.DEFAULT_READ_WAIT), new HealthRoutes(dataSource, checkpoints, processorNames())));
  }

  /** The query routes, whose {@code ?after=} waits up to {@code readWait}. */
  public QueryRoutes queryRoutes(Duration readWait) {
    return new QueryRoutes(outstanding, scheduled, completed, checkpoints, readWait);
  }

  private static List<String> processorNames() {
    return List.of(OutstandingTodos.NAME, ScheduledTodos.NAME, CompletedTodos.NAME, TodoCompletedNotifier.NAME);
  }

  @Override
  public void close() throws IOException {
    store.close();
    database.close();
  }
}
