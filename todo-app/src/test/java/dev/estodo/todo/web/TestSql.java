package dev.estodo.todo.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** SQL a test runs on its database: rows it sets up, constraints that make a projector fail. */
final class TestSql {
  private TestSql() {}

  /** Runs {@code sql} on {@code dataSource}'s database. */
  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
