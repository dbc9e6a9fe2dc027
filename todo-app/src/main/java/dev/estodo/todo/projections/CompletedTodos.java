package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Completed todos in order of completion, each with its latest fields: the {@code completed_todos}
 * projector, which keeps open todos' fields in a table of its own until they complete, and its query.
 */
public final class CompletedTodos implements Projector {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "completed_todos";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email, completed_on
      FROM query_completed_todos
      ORDER BY completion_order""";
  private static final String TRUNCATE =
      "TRUNCATE query_completed_todos, query_completed_todos_incomplete_todos RESTART IDENTITY";

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
    projectBatch(transaction, List.of(event));
  }

  @Override
  public void projectBatch(Connection transaction, List<StoredEvent> events) throws SQLException {
    TodoBatch.apply(transaction, "project_completed_todos", events);
  }

  @Override
  public void reset(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(TRUNCATE)) {
      statement.executeUpdate();
    }
  }

  /** Completed todos, first completed first. */
  public List<CompletedTodoRow> list() {
    return QueryRows.list(dataSource, LIST, CompletedTodoRow::read);
  }
}
