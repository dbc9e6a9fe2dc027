package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where a live projector stands, read from {@code processor_checkpoints} as its processors write it. */
final class LiveCheckpoint {
  private static final String CREATE = """
      INSERT INTO processor_checkpoints (name) VALUES (?) ON CONFLICT (name) DO NOTHING""";
  private static final String READ = """
      SELECT transaction_id::text, position FROM processor_checkpoints WHERE name = ?""";

  private LiveCheckpoint() {}

  /** The checkpoint of the projector called {@code name}; {@link Checkpoint#START} if it never ran. */
  static Checkpoint read(Connection connection, String name) throws SQLException {
    return select(connection, READ, name);
  }

  /**
   * The checkpoint, its row locked until {@code transaction} ends. A projector's batch updates the
   * row before it touches its tables, so while the lock is held the live tables stand still at this
   * checkpoint; the row is created first, so a processor that never ran cannot start underneath.
   */
  static Checkpoint lock(Connection transaction, String name) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(CREATE)) {
      statement.setString(1, name);
      statement.executeUpdate();
    }
    return select(transaction, READ + " FOR UPDATE", name);
  }

  private static Checkpoint select(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Checkpoint(Long.parseLong(row.getString(1)), row.getLong(2)) : Checkpoint.START;
      }
    }
  }
}
