package dev.estodo.todo.projections;

import javax.sql.DataSource;

/**
 * Open todos that have a due date, earliest due first, then in list order: the {@code
 * scheduled_todos} projector and its query. Its rules are the outstanding list's, in a table of its
 * own that keeps every open todo in list order, since a todo may get a due date later.
 */
public final class ScheduledTodos extends TodoProjection<TodoRow> {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "scheduled_todos";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email
      FROM query_scheduled_todos
      WHERE due_date IS NOT NULL
      ORDER BY due_date, list_position""";

  /** The projection in the database {@code dataSource} reaches; the migrations made its table. */
  public ScheduledTodos(DataSource dataSource) {
    super(dataSource, NAME, LIST, TodoRow::read, "query_scheduled_todos");
  }
}
