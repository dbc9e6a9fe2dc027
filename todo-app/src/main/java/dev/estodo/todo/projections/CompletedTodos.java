package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Projector;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoEventTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;

/**
 * Completed todos in order of completion, each with its latest fields: the {@code completed_todos}
 * projector, which keeps open todos' fields in a table of its own until they complete, and its query.
 */
public final class CompletedTodos implements Projector {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "completed_todos";
  private static final String COMPLETE = """
      INSERT INTO query_completed_todos (todo_id, title, description, due_date, stakeholder_email, completed_on)
      SELECT todo_id, title, description, due_date, stakeholder_email, ?
      FROM query_completed_todos_incomplete_todos
      WHERE todo_id = ?
      ON CONFLICT (todo_id) DO NOTHING""";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email, completed_on
      FROM query_completed_todos
      ORDER BY completion_order""";
  private static final String TRUNCATE = "TRUNCATE query_completed_todos RESTART IDENTITY";

  private final TodoTable incomplete = TodoTable.unordered("query_completed_todos_incomplete_todos");
  private final DataSource dataSource;

  /** The projection in the database {@code dataSource} reaches; the migrations made its tables. */
  public CompletedTodos(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void project(Connection transaction, StoredEvent event) throws SQLException {
    Object todoEvent = TodoEventTypes.registry().toEvent(event);
    if (todoEvent instanceof TodoCompleted completed) {
      try (PreparedStatement statement = transaction.prepareStatement(COMPLETE)) {
        statement.setObject(1, TodoDates.parse(completed.completedOn()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(2, event.aggregateId());
        statement.executeUpdate();
      }
    }
    // Completion copies the todo's fields first; then the open-todo table drops it.
    incomplete.project(transaction, event.aggregateId(), todoEvent);
  }

  @Override
  public void reset(Connection transaction) throws SQLException {
    incomplete.truncate(transaction);
    try (PreparedStatement statement = transaction.prepareStatement(TRUNCATE)) {
      statement.executeUpdate();
    }
  }

  /** Completed todos, first completed first. */
  public List<CompletedTodoRow> list() {
    return QueryRows.list(dataSource, LIST, CompletedTodoRow::read);
  }
}
