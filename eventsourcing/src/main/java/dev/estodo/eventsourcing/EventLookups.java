package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The store's two small reads, each one statement: one aggregate's whole stream, and where a position stands. */
final class EventLookups {
  private static final String READ_STREAM = "SELECT " + PostgresEventStore.COLUMNS + """

      FROM events WHERE aggregate_id = ? ORDER BY version""";
  private static final String CHECKPOINT_OF = "SELECT transaction_id::text::bigint FROM events WHERE position = ?";

  private EventLookups() {}

  static List<StoredEvent> readStream(DataSource dataSource, UUID aggregateId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(READ_STREAM)) {
      statement.setObject(1, aggregateId);
      return StoredEventRows.readAll(statement);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, null);
    }
  }

  static Checkpoint checkpointOf(DataSource dataSource, long position) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CHECKPOINT_OF)) {
      statement.setLong(1, position);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? new Checkpoint(rows.getLong(1), position) : null;
      }
    } catch (SQLException e) {
      throw SqlErrors.translate(e, null, null);
    }
  }
}
