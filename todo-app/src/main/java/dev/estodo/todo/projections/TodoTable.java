package dev.estodo.todo.projections;

import dev.estodo.todo.events.TodoAbandoned;
import dev.estodo.todo.events.TodoAdded;
import dev.estodo.todo.events.TodoAmended;
import dev.estodo.todo.events.TodoCompleted;
import dev.estodo.todo.events.TodoMovedUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;

/**
 * A projection table of open todos' latest fields (todo_id, title, description, due_date,
 * stakeholder_email): added, amended by any subset of fields, removed once completed or abandoned,
 * and, for a table in list order, moved up.
 */
final class TodoTable {
  // The original let two adds of one id race, so its data may hold a second todo_added: the first wins.
  private static final String INSERT = """
      INSERT INTO %s (todo_id, title, description, due_date, stakeholder_email)
      VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (todo_id) DO NOTHING""";
  // One statement for any subset of fields: each field has a "given" flag, so an amend that
  // gives nothing is a harmless no-op instead of an empty SET clause.
  private static final String AMEND = """
      UPDATE %s SET
        title = CASE WHEN ? THEN ? ELSE title END,
        description = CASE WHEN ? THEN ? ELSE description END,
        due_date = CASE WHEN ? THEN ?::timestamptz ELSE due_date END,
        stakeholder_email = CASE WHEN ? THEN ? ELSE stakeholder_email END
      WHERE todo_id = ?""";
  private static final String DELETE = "DELETE FROM %s WHERE todo_id = ?";
  // Swaps the todo with the one just above it; at the top "above" is empty and nothing changes.
  private static final String MOVE_UP = """
      WITH moved AS (
        SELECT todo_id, list_position FROM %1$s WHERE todo_id = ?
      ), above AS (
        SELECT t.todo_id, t.list_position FROM %1$s t, moved
        WHERE t.list_position < moved.list_position
        ORDER BY t.list_position DESC LIMIT 1
      )
      UPDATE %1$s t
      SET list_position = CASE WHEN t.todo_id = moved.todo_id THEN above.list_position ELSE moved.list_position END
      FROM moved, above
      WHERE t.todo_id IN (moved.todo_id, above.todo_id)""";
  private static final String TRUNCATE = "TRUNCATE %s RESTART IDENTITY";

  private final String name;
  private final boolean listOrder;

  private TodoTable(String name, boolean listOrder) {
    this.name = name;
    this.listOrder = listOrder;
  }

  /** The table {@code name}, with a {@code list_position} column. */
  static TodoTable inListOrder(String name) {
    return new TodoTable(name, true);
  }

  /** The table {@code name}, without an order. */
  static TodoTable unordered(String name) {
    return new TodoTable(name, false);
  }

  /** Applies {@code event} of todo {@code todoId}; events that do not change open todos are ignored. */
  void project(Connection transaction, UUID todoId, Object event) throws SQLException {
    if (event instanceof TodoAdded added) {
      add(transaction, todoId, added);
    } else if (event instanceof TodoAmended amended) {
      amend(transaction, todoId, amended);
    } else if (event instanceof TodoCompleted || event instanceof TodoAbandoned) {
      execute(transaction, DELETE, todoId);
    } else if (event instanceof TodoMovedUp && listOrder) {
      execute(transaction, MOVE_UP, todoId);
    }
  }

  private void add(Connection transaction, UUID todoId, TodoAdded added) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(INSERT.formatted(name))) {
      statement.setObject(1, todoId);
      statement.setString(2, added.title());
      statement.setString(3, added.description());
      statement.setObject(4, TodoDates.parse(added.dueDate()), Types.TIMESTAMP_WITH_TIMEZONE);
      statement.setString(5, added.stakeholderEmail());
      statement.executeUpdate();
    }
  }

  private void amend(Connection transaction, UUID todoId, TodoAmended amended) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(AMEND.formatted(name))) {
      setField(statement, 1, amended.title());
      setField(statement, 3, amended.description());
      statement.setBoolean(5, amended.dueDate() != null);
      statement.setObject(6, amended.dueDate() == null ? null : TodoDates.parse(amended.dueDate().orElse(null)),
          Types.TIMESTAMP_WITH_TIMEZONE);
      setField(statement, 7, amended.stakeholderEmail());
      statement.setObject(9, todoId);
      statement.executeUpdate();
    }
  }

  // A Java null field was not given; Optional.empty() clears it.
  @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
  private static void setField(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
    statement.setBoolean(index, value != null);
    statement.setString(index + 1, value == null ? null : value.orElse(null));
  }

  void truncate(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(TRUNCATE.formatted(name))) {
      statement.executeUpdate();
    }
  }

  private void execute(Connection transaction, String sql, UUID todoId) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(sql.formatted(name))) {
      statement.setObject(1, todoId);
      statement.executeUpdate();
    }
  }
}
