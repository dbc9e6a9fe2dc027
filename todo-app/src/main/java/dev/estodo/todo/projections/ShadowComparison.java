package dev.estodo.todo.projections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a live table with its shadow row by row, every column included, so a list position or a
 * completion order that differs (the lists' order) counts as much as a title.
 */
final class ShadowComparison {
  static final int SHOWN = 10;
  // A row missing on one side is null there: the whole-row value of an outer join's missing side.
  private static final String DIFFERENCES = """
      SELECT coalesce(l.todo_id, s.todo_id)::text, to_jsonb(l)::text, to_jsonb(s)::text, count(*) OVER ()
      FROM %s l FULL JOIN %s s ON s.todo_id = l.todo_id
      WHERE to_jsonb(l) IS DISTINCT FROM to_jsonb(s)
      ORDER BY 1
      LIMIT %d""";

  private ShadowComparison() {}

  /** How {@code table} in {@code liveSchema} differs from its shadow; empty when they are the same. */
  static Optional<TableDifference> compare(Connection transaction, String liveSchema, String table)
      throws SQLException {
    String sql = DIFFERENCES.formatted(ShadowTables.qualified(liveSchema, table),
        ShadowTables.SCHEMA + "." + table, SHOWN);
    try (PreparedStatement statement = transaction.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      List<String> shown = new ArrayList<>();
      long count = 0;
      while (rows.next()) {
        shown.add("todo_id " + rows.getString(1) + ": live " + rows.getString(2) + ", rebuilt " + rows.getString(3));
        count = rows.getLong(4);
      }
      return shown.isEmpty() ? Optional.empty() : Optional.of(new TableDifference(table, count, shown));
    }
  }
}
