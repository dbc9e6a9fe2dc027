package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What migrations left in a database, for migration tests: function sources and Flyway's history. */
public final class AppliedSchema {
  private static final String SOURCE = "SELECT prosrc FROM pg_proc WHERE proname = ?";

  private AppliedSchema() {}

  /** The source of the function {@code name} (its body between the dollar quotes), or null if there is none. */
  public static String functionSource(DataSource dataSource, String name) throws SQLException {
    List<String> sources = strings(dataSource, SOURCE, name);
    return sources.isEmpty() ? null : sources.get(0);
  }

  /** The descriptions of the repeatable migrations {@code historyTable} records as applied, in the order applied. */
  public static List<String> repeatablesApplied(DataSource dataSource, String historyTable) throws SQLException {
    return strings(dataSource, "SELECT description FROM " + historyTable
        + " WHERE version IS NULL AND success ORDER BY installed_rank");
  }

  private static List<String> strings(DataSource dataSource, String sql, String... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<String> result = new ArrayList<>();
        while (rows.next()) {
          result.add(rows.getString(1));
        }
        return result;
      }
    }
  }
}
