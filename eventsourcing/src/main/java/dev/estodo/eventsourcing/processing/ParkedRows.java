package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SQL of {@code parked_events}; callers choose the connection and so the transaction. */
final class ParkedRows {
  private static final String COLUMNS = """
      processor, position, event_id, aggregate_id, event_type, error, attempts, behind,
      first_failed_at, last_failed_at, retry_requested_at""";
  private static final String PARK = """
      INSERT INTO parked_events (processor, position, event_id, aggregate_id, event_type, error, attempts, behind)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (processor, position) DO NOTHING""";
  private static final String OF = "SELECT " + COLUMNS + " FROM parked_events WHERE processor = ? ORDER BY position";
  private static final String ALL = "SELECT " + COLUMNS + " FROM parked_events ORDER BY processor, position";
  private static final String UNPARK = "DELETE FROM parked_events WHERE processor = ? AND position = ?";
  private static final String FAILED_AGAIN = """
      UPDATE parked_events SET error = ?, attempts = attempts + 1, last_failed_at = clock_timestamp(),
        retry_requested_at = NULL
      WHERE processor = ? AND position = ?""";

  private ParkedRows() {}

  /** Parks {@code event}; one already parked (met again in a replay) keeps its row. */
  static void park(Connection connection, String processor, StoredEvent event, String error, int attempts, Long behind)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PARK)) {
      statement.setString(1, processor);
      statement.setLong(2, event.position());
      statement.setObject(3, event.id());
      statement.setObject(4, event.aggregateId());
      statement.setString(5, event.type());
      statement.setString(6, error);
      statement.setInt(7, attempts);
      statement.setObject(8, behind);
      statement.executeUpdate();
    }
  }

  /** The events {@code processor} parked, oldest first. */
  static List<ParkedEvent> of(Connection connection, String processor) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF)) {
      statement.setString(1, processor);
      return read(statement);
    }
  }

  /** Every processor's parked events, by processor and position. */
  static List<ParkedEvent> all(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ALL)) {
      return read(statement);
    }
  }

  static void unpark(Connection connection, String processor, long position) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(UNPARK)) {
      statement.setString(1, processor);
      statement.setLong(2, position);
      statement.executeUpdate();
    }
  }

  /** A retry failed: the attempt counts, the error is the new one, and the request is answered. */
  static void failedAgain(Connection connection, String processor, long position, String error) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FAILED_AGAIN)) {
      statement.setString(1, error);
      statement.setString(2, processor);
      statement.setLong(3, position);
      statement.executeUpdate();
    }
  }

  private static List<ParkedEvent> read(PreparedStatement statement) throws SQLException {
    List<ParkedEvent> parked = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        parked.add(new ParkedEvent(rows.getString(1), rows.getLong(2), rows.getObject(3, UUID.class),
            rows.getObject(4, UUID.class), rows.getString(5), rows.getString(6), rows.getInt(7),
            rows.getObject(8, Long.class), instant(rows.getTimestamp(9)), instant(rows.getTimestamp(10)),
            instant(rows.getTimestamp(11))));
      }
    }
    return parked;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
