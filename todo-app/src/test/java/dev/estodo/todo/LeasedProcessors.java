package dev.estodo.todo;

import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.processing.ProcessorCheckpoints;
import dev.estodo.todo.database.Database;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoCompleted;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./todo processors} processes on one embedded data directory with short leases (2 s, renewed
 * every 500 ms, a standby trying every 100 ms), and the test's own view of that database: todos
 * written straight into the store, the lease rows, the notifications recorded.
 */
public final class LeasedProcessors implements AutoCloseable {
  public static final Duration LEASE = Duration.ofSeconds(2);
  public static final Duration STANDBY_RETRY = Duration.ofMillis(100);
  public static final List<String> NAMES =
      List.of("outstanding_todos", "scheduled_todos", "completed_todos", "todo_completed_notifier");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path data;
  private final Database database;
  private final PostgresEventStore store;
  private final TodoHistory history;

  public LeasedProcessors(Path data) {
    this.data = data;
    this.database = Database.open(null, data, null, 4);
    this.store = new PostgresEventStore(database.dataSource());
    this.history = new TodoHistory(store);
  }

  /** Starts {@code ./todo processors} with the short leases and {@code environment} added. */
  public EstodoProcess start(Map<String, String> environment) throws InterruptedException {
    Map<String, String> all = new HashMap<>(Map.of("ESTODO_LEASE", LEASE.toMillis() + "ms",
        "ESTODO_LEASE_RENEWAL", "500ms", "ESTODO_STANDBY_RETRY", STANDBY_RETRY.toMillis() + "ms"));
    // Its logs go to its output, where the test reads them, not to the test JVM's log file.
    all.put("JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.logFile=System.out");
    all.putAll(environment);
    return EstodoProcess.start(data, all, "processors").awaitOutput("estodo processors started");
  }

  /** Waits until {@code process} has said every processor is active, after the first {@code from} characters it printed. */
  public static void awaitActive(EstodoProcess process, int from) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!NAMES.stream().allMatch(name -> process.output().indexOf("Processor " + name + " is active", from) >= 0)) {
      if (System.nanoTime() > deadline) throw new AssertionError("never active; it printed:\n" + process.output());
      Thread.sleep(20);
    }
  }

  /**
   * Waits until {@code process} has said, after the first {@code from} characters it printed, that
   * every processor stepped down: found its lease gone, or had a write refused.
   */
  public static void awaitStandingBy(EstodoProcess process, int from) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!NAMES.stream().allMatch(name -> steppedDown(process.output().substring(from), name))) {
      if (System.nanoTime() > deadline) throw new AssertionError("never stood by; it printed:\n" + process.output());
      Thread.sleep(20);
    }
  }

  private static boolean steppedDown(String output, String name) {
    return output.contains("Processor " + name + " no longer holds its lease; standing by")
        || output.contains("Processor " + name + " wrote nothing: ");
  }

  /** Sends {@code signal} (STOP, CONT) to the process, as {@code kill -SIGNAL} does. */
  public static void signal(EstodoProcess process, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.handle().pid())).start();
    if (kill.waitFor() != 0) throw new AssertionError("kill -" + signal + " failed");
  }

  /** Adds a todo with a stakeholder and completes it; returns the completion's position. */
  public long completedTodo(String title) {
    UUID todo = UUID.randomUUID();
    history.append(todo, new TodoAdded(title, null, null, "the-governator@example.com"));
    return history.append(todo, new TodoCompleted("2017-06-13"));
  }

  /** Waits until every processor has handled {@code position}; says whether they all did in time. */
  public boolean processed(long position) {
    return new ProcessorCheckpoints(database.dataSource(), store).awaitPosition(NAMES, position, PATIENCE);
  }

  /** The pid of the process owning each processor's lease. */
  public List<Long> leaseOwners() throws SQLException {
    return strings("SELECT owner_pid FROM processor_leases ORDER BY processor").stream().map(Long::valueOf).toList();
  }

  /** How many notification events each completion has, one entry per completion. */
  public List<String> notificationsPerCompletion() throws SQLException {
    return strings("""
        SELECT count(n.position)::text FROM events c
        LEFT JOIN events n ON n.causation_id = c.id AND n.type = 'stakeholder_notified_of_todo_completion'
        WHERE c.type = 'todo_completed' GROUP BY c.position ORDER BY c.position""");
  }

  /** Ends every other session on the database, as a server-side failure would (pg_terminate_backend). */
  public int terminateOtherSessions() throws SQLException {
    return Integer.parseInt(strings("""
        SELECT count(pg_terminate_backend(pid))::text FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()""").get(0));
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @Override
  public void close() {
    store.close();
    database.close();
  }
}
