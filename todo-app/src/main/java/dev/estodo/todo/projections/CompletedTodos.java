package dev.estodo.todo.projections;

import javax.sql.DataSource;

/**
 * Completed todos in order of completion, first completed first, each with its latest fields: the
 * {@code completed_todos} projector, which keeps open todos' fields in a table of its own until they
 * complete, and its query.
 */
public final class CompletedTodos extends TodoProjection<CompletedTodoRow> {
  /** The processor's name, which its checkpoint is stored under. */
  public static final String NAME = "completed_todos";
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email, completed_on
      FROM query_completed_todos
      ORDER BY completion_order""";

  /** The projection in the database {@code dataSource} reaches; the migrations made its tables. */
  public CompletedTodos(DataSource dataSource) {
    super(dataSource, NAME, LIST, CompletedTodoRow::read, "query_completed_todos",
        "query_completed_todos_incomplete_todos");
  }

  /** Completed todos are in order of completion: a move changes nothing here. */
  @Override
  boolean keepsListOrder() {
    return false;
  }
}
