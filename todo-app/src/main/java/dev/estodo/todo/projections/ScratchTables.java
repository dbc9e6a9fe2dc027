package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporary copies of a projection's tables, dropped when their transaction ends, filled from the
 * projection's latest snapshot at or before a moment. Each has the live table's name and definition
 * (indexes, constraints and identities included), so the projection's own function and query work on
 * it once the search path puts the temporary schema first.
 */
final class ScratchTables {
  // ORDER BY names the table's columns: a bare transaction_id there is the text output column
  private static final String LATEST = """
      SELECT transaction_id::text, position FROM list_snapshots
      WHERE projection = ? AND (transaction_id, position) <= (?::text::xid8, ?)
      ORDER BY list_snapshots.transaction_id DESC, list_snapshots.position DESC LIMIT 1""";
  private static final String FILL = """
      INSERT INTO pg_temp.%1$s SELECT * FROM json_populate_recordset(NULL::pg_temp.%1$s,
        (SELECT tables -> '%1$s' FROM list_snapshots
         WHERE projection = ? AND transaction_id = ?::text::xid8 AND position = ?))""";
  private static final String IDENTITIES = """
      SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attidentity <> '' AND NOT attisdropped""";
  // a row added in the copy goes after every row restored, as it does in the live table
  private static final String RESTART = """
      SELECT setval(pg_get_serial_sequence('pg_temp.%1$s', '%2$s'),
        coalesce((SELECT max(%2$s) FROM pg_temp.%1$s), 0) + 1, false)""";

  private ScratchTables() {}

  /**
   * Creates the copies of {@code tables} in {@code transaction} and fills them from the latest snapshot
   * of {@code projection} at or before {@code moment}; returns the snapshot's checkpoint, or
   * {@link Checkpoint#START} (empty copies) when there is none.
   */
  static Checkpoint restore(Connection transaction, String projection, List<String> tables, Checkpoint moment)
      throws SQLException {
    Checkpoint snapshot = latest(transaction, projection, moment);
    for (String table : tables) {
      execute(transaction, "CREATE TEMPORARY TABLE " + table + " (LIKE " + table + " INCLUDING ALL) ON COMMIT DROP");
      if (!snapshot.equals(Checkpoint.START)) fill(transaction, table, projection, snapshot);
      for (String column : identities(transaction, table)) {
        execute(transaction, RESTART.formatted(table, column));
      }
    }
    return snapshot;
  }

  private static Checkpoint latest(Connection transaction, String projection, Checkpoint moment) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(LATEST)) {
      statement.setString(1, projection);
      statement.setString(2, Long.toString(moment.transactionId()));
      statement.setLong(3, moment.position());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Checkpoint(Long.parseLong(row.getString(1)), row.getLong(2)) : Checkpoint.START;
      }
    }
  }

  private static void fill(Connection transaction, String table, String projection, Checkpoint snapshot)
      throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(FILL.formatted(table))) {
      statement.setString(1, projection);
      statement.setString(2, Long.toString(snapshot.transactionId()));
      statement.setLong(3, snapshot.position());
      statement.executeUpdate();
    }
  }

  private static List<String> identities(Connection transaction, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement statement = transaction.prepareStatement(IDENTITIES)) {
      statement.setString(1, "pg_temp." + table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

  private static void execute(Connection transaction, String sql) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
