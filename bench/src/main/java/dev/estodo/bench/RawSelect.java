package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/** The queries' baseline: the SELECT {@code OutstandingTodos} runs, over JDBC, reading every column of every row. */
final class RawSelect {
  private static final String LIST = """
      SELECT todo_id, title, description, due_date, stakeholder_email
      FROM query_outstanding_todos
      ORDER BY list_position""";

  private RawSelect() {}

  /** One client's SELECTs, each on a pooled connection. */
  static Operation of(DataSource dataSource) {
    return () -> {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(LIST);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          for (int column = 1; column <= 5; column++) {
            rows.getString(column);
          }
        }
      }
    };
  }
}
