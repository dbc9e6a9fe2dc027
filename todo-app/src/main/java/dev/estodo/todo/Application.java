package dev.estodo.todo;

import dev.estodo.eventsourcing.CommandHandler;
import dev.estodo.eventsourcing.EventStoreSchema;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.processing.CheckpointWatch;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.aggregates.Todo;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.metrics.HttpMetrics;
import dev.estodo.todo.metrics.Metrics;
import dev.estodo.todo.metrics.MetricsRoutes;
import dev.estodo.todo.projections.CompletedTodos;
import dev.estodo.todo.projections.ListsAt;
import dev.estodo.todo.projections.OutstandingTodos;
import dev.estodo.todo.projections.ScheduledTodos;
import dev.estodo.todo.reactors.Email;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import dev.estodo.todo.web.ApiDocumentRoutes;
import dev.estodo.todo.web.CommandRoutes;
import dev.estodo.todo.web.EventLogRoutes;
import dev.estodo.todo.web.EventStreamRoutes;
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
 * follow it, on a pool of their own when one is given. Closing it closes them in reverse.
 */
public final class Application implements AutoCloseable {
  private final DataSource dataSource;
  private final Closeable database;
  private final PostgresEventStore store;
  private final ProcessorPool processing;
  private final ProcessorCheckpoints checkpoints;
  private final CheckpointWatch watch;
  private final OutstandingTodos outstanding;
  private final ScheduledTodos scheduled;
  private final CompletedTodos completed;
  private final StoreHead head;
  private final Metrics metrics = new Metrics();

  private Application(DataSource dataSource, DataSource processing, Closeable database, int maxWaits) {
    migrate(dataSource);
    this.dataSource = dataSource;
    this.database = database;
    this.store = new PostgresEventStore(dataSource);
    this.checkpoints = new ProcessorCheckpoints(dataSource, store);
    this.watch = new CheckpointWatch(checkpoints, store, maxWaits);
    watch.follow(checkpoints);
    this.processing = ProcessorPool.on(processing, dataSource, store, checkpoints, watch);
    this.outstanding = new OutstandingTodos(dataSource);
    this.scheduled = new ScheduledTodos(dataSource);
    this.completed = new CompletedTodos(dataSource);
    this.head = new StoreHead(dataSource);
    measure(processing);
  }

  private void measure(DataSource processingPool) {
    metrics.measurePool(dataSource);
    metrics.measurePool(processingPool);
    metrics.measureWaits(watch);
    store.observeAppends(metrics.appends());
    processing.store().observeAppends(metrics.appends());
  }

  /**
   * On a data source whose store schema is already applied (tests pass their own), which the
   * processors share; closing closes {@code owner}, which may be the data source itself.
   */
  public static Application on(DataSource dataSource, Closeable owner) {
    return on(dataSource, dataSource, owner, WebLimits.DEFAULT_MAX_WAITS);
  }

  /** As {@link #on(DataSource, Closeable)}, the processors on {@code processing}, at most {@code maxWaits} waits. */
  public static Application on(DataSource dataSource, DataSource processing, Closeable owner, int maxWaits) {
    return new Application(dataSource, processing, owner, maxWaits);
  }

  /** Applies the app's migrations on the store's: its tables ({@code db/migration/todo}), its projections' rules. */
  public static void migrate(DataSource dataSource) {
    EventStoreSchema.migrate(dataSource, "todo_schema_history", "classpath:db/migration/todo",
        "classpath:dev/estodo/todo/projections");
  }

  /** The pooled connections of requests. */
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

  /** The watch that {@code ?after=} waits are on: one per process, bounded. */
  public CheckpointWatch watch() {
    return watch;
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
    ProcessorRunner runner = processing.runner(tuning).observeBatches(metrics.batches());
    projectors().forEach(runner::add);
    return runner.add(new TodoCompletedNotifier(processing.store(), email, clock));
  }

  /** {@link #webServer(Duration, WebLimits, HealthSettings)} with the default settings, as tests and the bench run it. */
  public WebServer webServer() {
    return webServer(WebSettings.DEFAULT_READ_WAIT, WebLimits.DEFAULTS, HealthSettings.defaults());
  }

  /** {@link #webServer(Duration, WebLimits, HealthSettings)} with the default health settings. */
  public WebServer webServer(Duration readWait, WebLimits limits) {
    return webServer(readWait, limits, HealthSettings.defaults());
  }

  /** {@link #webServer(Duration, WebLimits, HealthSettings)} with the default limits. */
  public WebServer webServer(Duration readWait, HealthSettings health) {
    return webServer(readWait, WebLimits.DEFAULTS, health);
  }

  /**
   * The HTTP server with every route group, its {@code ?after=} waiting up to {@code readWait},
   * within {@code limits}, its {@code /health} failing as {@code health} says; not listening yet.
   */
  public WebServer webServer(Duration readWait, WebLimits limits, HealthSettings health) {
    var commands = new CommandHandler<>(store, TodoEventTypes.registry(), new Todo(), TodoEvent.class);
    return new WebServer(List.of(new PageRoutes(), new ApiDocumentRoutes(), new CommandRoutes(commands, store, dataSource),
        new HistoryRoutes(store, new ListsAt(dataSource), head), queryRoutes(readWait),
        new EventLogRoutes(dataSource), eventStreams(limits),
        new HealthRoutes(dataSource, head, checkpoints, processorNames(), health),
        new MetricsRoutes(metrics, dataSource, checkpoints, processorNames(), health.lease())), limits)
        .observeRequests(new HttpMetrics(metrics));
  }

  /** The query routes, whose {@code ?after=} waits up to {@code readWait}. */
  public QueryRoutes queryRoutes(Duration readWait) {
    return new QueryRoutes(outstanding, scheduled, completed, checkpoints, watch, head, readWait,
        new ListsAt(dataSource));
  }

  /** The event streams of one web server, whose open count {@code /metrics} shows. */
  private EventStreamRoutes eventStreams(WebLimits limits) {
    EventStreamRoutes streams = new EventStreamRoutes(store, checkpoints,
        List.of(OutstandingTodos.NAME, ScheduledTodos.NAME, CompletedTodos.NAME), limits);
    metrics.measureStreams(streams::open);
    return streams;
  }

  private static List<String> processorNames() {
    return List.of(OutstandingTodos.NAME, ScheduledTodos.NAME, CompletedTodos.NAME, TodoCompletedNotifier.NAME);
  }

  @Override
  public void close() throws IOException {
    watch.close();
    processing.close();
    store.close();
    metrics.close();
    database.close();
  }
}
