package dev.estodo.todo.projections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Every row of the projections' tables, every column (list positions and completion order included), as text. */
final class TableRows {
  private static final List<String> TABLES = List.of("query_outstanding_todos", "query_scheduled_todos",
      "query_completed_todos", "query_completed_todos_incomplete_todos");

  private TableRows() {}

  /** The rows of each table, by todo id, each prefixed with its table's name. */
  static List<String> all(DataSource dataSource) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String table : TABLES) {
      try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
          "SELECT to_jsonb(t)::text FROM " + table + " t ORDER BY todo_id"); ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows.add(table + " " + row.getString(1));
        }
      }
    }
    return rows;
  }
}
