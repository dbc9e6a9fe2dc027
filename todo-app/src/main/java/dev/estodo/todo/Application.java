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
import dev.estodo.todo.web.StoreHead;
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
  private final DataSource dataSource;
  private final Closeable database;
  private final PostgresEventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final OutstandingTodos outstanding;
  private final ScheduledTodos scheduled;
  private final CompletedTodos completed;
  private final StoreHead head;

  private Application(DataSource dataSource, Closeable database) {
    migrate(dataSource);
    this.dataSource = dataSource;
    this.database = database;
    this.store = new PostgresEventStore(dataSource);
    this.checkpoints = new ProcessorCheckpoints(dataSource, store);
    this.outstanding = new OutstandingTodos(dataSource);
    this.scheduled = new ScheduledTodos(dataSource);
    this.completed = new CompletedTodos(dataSource);
    this.head = new StoreHead(dataSource);
  }

  /** Connects, applies the store's and the app's migrations, and prints where the data is. */
  public static Application open(DatabaseSettings settings) {
    Database database = Database.open(settings.url().orElse(null), settings.dataDirectory(),
        settings.dataPort().orElse(null), settings.poolSize());
    System.out.println("estodo database: " + database.description());
    try {
      return new Application(database.dataSource(), database::close);
    } catch (RuntimeException e) {
      database.close(); // a start whose migrations fail leaves no embedded PostgreSQL running
      throw e;
    }
  }

  /**
   * On a data source whose store schema is already applied (tests pass their own); closing
   * closes {@code owner}, which may be the data source itself.
   */
  public static Application on(DataSource dataSource, Closeable owner) {
    return new Application(dataSource, owner);
  }

  /**
   * Applies the app's pending migrations on top of the store's: its projections' tables (versioned,
   * in {@code db/migration/todo}) and their rules (repeatable, beside the projection classes).
   */
  public static void migrate(DataSource dataSource) {
    EventStoreSchema.migrate(dataSource, "todo_schema_history", "classpath:db/migration/todo",
        "classpath:dev/estodo/todo/projections");
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

  /** {@link #processors(ProcessorSettings, Email, Clock)} with the default tuning, as tests and the bench run them. */
  public ProcessorRunner processors(Email email, Clock clock) {
    return processors(ProcessorSettings.defaults(), email, clock);
  }

  /** The projectors and the notifier, which sends with {@code email} and dates by {@code clock}; not started. */
  public ProcessorRunner processors(ProcessorSettings tuning, Email email, Clock clock) {
    ProcessorRunner runner = new ProcessorRunner(dataSource, store, tuning, checkpoints);
    projectors().forEach(runner::add);
    return runner.add(new TodoCompletedNotifier(store, email, clock));
  }

  /** {@link #webServer(Duration)} with the default read wait, as tests and the bench run it. */
  public WebServer webServer() {
    return webServer(WebSettings.DEFAULT_READ_WAIT);
  }

  /** The HTTP server with every route group, whose {@code ?after=} waits up to {@code readWait}; not yet listening. */
  public WebServer webServer(Duration readWait) {
    var commands = new CommandHandler<>(store, TodoEventTypes.registry(), new Todo(), TodoEvent.class);
    return new WebServer(List.of(new PageRoutes(), new CommandRoutes(commands, store, dataSource), new HistoryRoutes(store),
        queryRoutes(readWait), new HealthRoutes(head, checkpoints, processorNames())));
  }

  /** The query routes, whose {@code ?after=} waits up to {@code readWait}. */
  public QueryRoutes queryRoutes(Duration readWait) {
    return new QueryRoutes(outstanding, scheduled, completed, checkpoints, head, readWait);
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
