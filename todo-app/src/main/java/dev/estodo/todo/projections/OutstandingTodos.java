package dev.estodo.todo.projections;

import javax.sql.DataSource;

/** Open todos in list order, top first: the {@code outstanding_todos} projector and its query. */
public final class OutstandingTodos extends TodoProjection<TodoRow> {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "outstanding_todos";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email
      FROM query_outstanding_todos
      ORDER BY list_position""";

  /** The projection in the database {@code dataSource} reaches; the migrations made its table. */
  public OutstandingTodos(DataSource dataSource) {
    super(dataSource, NAME, LIST, TodoRow::read, "query_outstanding_todos");
  }
}
