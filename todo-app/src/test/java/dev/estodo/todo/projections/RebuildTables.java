package dev.estodo.todo.projections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estodo.eventsourcing.EventData;
import dev.estodo.todo.Application;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEvent;
import dev.estodo.todo.events.TodoEventTypes;
import dev.estodo.todo.events.TodoMovedUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The online rebuild tests' view of the database: seeded history, the lists, the tables behind them. */
final class RebuildTables {
  private static final List<String> PROCESSORS = List.of(OutstandingTodos.NAME, ScheduledTodos.NAME,
      CompletedTodos.NAME, "todo_completed_notifier");
  private final Application application;

  RebuildTables(Application application) {
    this.application = application;
  }

  /** {@code todos} todos, added, amended, some moved up, completed or abandoned; returns the id of an open one. */
  UUID seedAYearOfTodos(int todos) {
    for (int i = 0; i < todos; i++) {
      List<TodoEvent> events = new ArrayList<>(List.of(
          new TodoAdded("2000 squats, day " + i, "Leg day.", i % 2 == 0 ? "2017-06-" + (10 + i % 20) : null,
              i % 5 == 0 ? "the-governator@example.com" : null),
          new TodoAmended(null, Optional.of("It IS leg day! " + i), null, null)));
      if (i % 3 == 0) events.add(new TodoMovedUp());
      if (i % 4 == 0) events.add(new TodoCompleted("2017-07-13"));
      if (i % 7 == 1) events.add(new TodoAbandoned("2017-07-14"));
      append(UUID.randomUUID(), events);
    }
    UUID milk = UUID.randomUUID();
    append(milk, List.of(new TodoAdded("Milk is for babies", null, null, null), new TodoMovedUp()));
    return milk;
  }

  private void append(UUID todoId, List<TodoEvent> events) {
    List<EventData> data = events.stream()
        .map(event -> TodoEventTypes.registry().toData(event, UUID.randomUUID(), null)).toList();
    application.store().append(todoId, 0, data);
  }

  /** Waits until every processor has handled the last event stored. */
  void caughtUp() throws SQLException {
    long head = number("SELECT coalesce(max(position), 0) FROM events", null);
    assertThat(application.checkpoints().awaitPosition(PROCESSORS, head, Duration.ofSeconds(30))).isTrue();
  }

  OutstandingTodos outstanding() {
    return (OutstandingTodos) application.projectors().get(0);
  }

  CompletedTodos completed() {
    return (CompletedTodos) application.projectors().get(2);
  }

  /** The outstanding, scheduled and completed lists as the queries answer them. */
  List<List<?>> lists() {
    return List.of(outstanding().list(), ((ScheduledTodos) application.projectors().get(1)).list(), completed().list());
  }

  /** The table's identity: a swap puts another table in its place. */
  long oid(String table) throws SQLException {
    return number("SELECT ?::regclass::oid::bigint", table);
  }

  void retitle(UUID todoId, String title) throws SQLException {
    try (Connection connection = application.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE query_outstanding_todos SET title = ? WHERE todo_id = ?")) {
      statement.setString(1, title);
      statement.setObject(2, todoId);
      assertThat(statement.executeUpdate()).isOne();
    }
  }

  String title(UUID todoId) {
    return outstanding().list().stream().filter(row -> row.todoId().equals(todoId)).findFirst().orElseThrow().title();
  }

  /** How many completions the notifier has recorded as notified. */
  long notifications() throws SQLException {
    return number("SELECT count(*) FROM events WHERE type = ?", "stakeholder_notified_of_todo_completion");
  }

  /** Where the todo stands on the outstanding list, 0 at the top. */
  int positionOf(UUID todoId) {
    return outstanding().list().stream().map(TodoRow::todoId).toList().indexOf(todoId);
  }

  /** The names of the projections' indexes (constraints' included), which later migrations may use. */
  List<String> indexes() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = application.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT indexname FROM pg_indexes WHERE tablename LIKE 'query\\_%' AND schemaname = current_schema() ORDER BY 1");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  boolean shadowSchemaExists() throws SQLException {
    return number("SELECT count(*) FROM pg_namespace WHERE nspname = ?", ShadowTables.SCHEMA) > 0;
  }

  /** Ends the session of the running rebuild (the one holding its advisory lock), as a crash would. */
  void killTheRebuild() throws SQLException {
    assertThat(number("""
        SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM pg_locks
        WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND pid <> pg_backend_pid()""", null)).isOne();
  }

  private long number(String sql, String parameter) throws SQLException {
    try (Connection connection = application.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) statement.setString(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
