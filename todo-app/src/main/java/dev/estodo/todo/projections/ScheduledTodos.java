package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Open todos that have a due date, earliest first: the {@code scheduled_todos} projector and its query. */
public final class ScheduledTodos implements Projector {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "scheduled_todos";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email
      FROM query_scheduled_todos
      WHERE due_date IS NOT NULL
      ORDER BY due_date, list_position""";
  private static final String TRUNCATE = "TRUNCATE query_scheduled_todos RESTART IDENTITY";

  private final DataSource dataSource;

  /** The projection in the database {@code dataSource} reaches; the migrations made its table. */
  public ScheduledTodos(DataSource dataSource) {
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
    TodoBatch.apply(transaction, "project_scheduled_todos", events);
  }

  @Override
  public void reset(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(TRUNCATE)) {
      statement.executeUpdate();
    }
  }

  /** Open todos with a due date, earliest due first, then in list order. */
  public List<TodoRow> list() {
    return QueryRows.list(dataSource, LIST, TodoRow::read);
  }
}
