package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The SQL of {@code processor_checkpoints}; callers choose the connection and so the transaction. */
final class CheckpointRows {
  private static final String CREATE = """
      INSERT INTO processor_checkpoints (name) VALUES (?) ON CONFLICT (name) DO NOTHING""";
  private static final String READ = """
      SELECT name, transaction_id::text::bigint AS transaction_id, position
      FROM processor_checkpoints WHERE name = ANY (?)""";
  private static final String ADVANCE = """
      UPDATE processor_checkpoints
      SET transaction_id = ?::text::xid8, position = ?, updated_at = now()
      WHERE name = ? AND transaction_id = ?::text::xid8 AND position = ?""";
  private static final String RESET = """
      INSERT INTO processor_checkpoints (name) VALUES (?)
      ON CONFLICT (name) DO UPDATE SET transaction_id = '0', position = 0, updated_at = now()""";

  private CheckpointRows() {}

  static void create(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CREATE)) {
      statement.setString(1, name);
      statement.executeUpdate();
    }
  }

  static Map<String, Checkpoint> read(Connection connection, Collection<String> names) throws SQLException {
    Map<String, Checkpoint> checkpoints = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(READ)) {
      statement.setArray(1, connection.createArrayOf("text", names.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          checkpoints.put(rows.getString("name"), new Checkpoint(rows.getLong("transaction_id"), rows.getLong("position")));
        }
      }
    }
    return checkpoints;
  }

  /**
   * Moves {@code name} from {@code from} to {@code to} if it still stands at {@code from}, and says
   * whether it did, after the parameterless statements {@code before} (a transaction's settings)
   * sent ahead of it in the same round trip. In a transaction the row stays locked until commit,
   * so a second instance waits here and then finds the checkpoint moved.
   */
  static boolean advance(Connection connection, String before, String name, Checkpoint from, Checkpoint to)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(before + ";\n" + ADVANCE)) {
      statement.setString(1, Long.toString(to.transactionId()));
      statement.setLong(2, to.position());
      statement.setString(3, name);
      statement.setString(4, Long.toString(from.transactionId()));
      statement.setLong(5, from.position());
      statement.execute();
      return lastUpdateCount(statement) == 1;
    }
  }

  /** The update count of the last of the statements {@code statement} ran, which gave no rows. */
  private static int lastUpdateCount(PreparedStatement statement) throws SQLException {
    int last = statement.getUpdateCount();
    while (!statement.getMoreResults() && statement.getUpdateCount() != -1) {
      last = statement.getUpdateCount();
    }
    return last;
  }

  static void reset(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RESET)) {
      statement.setString(1, name);
      statement.executeUpdate();
    }
  }
}
