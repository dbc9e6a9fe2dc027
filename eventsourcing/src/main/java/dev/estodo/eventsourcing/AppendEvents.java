package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One call of the store's {@code append_events} function on a connection the caller holds: in
 * autocommit for a plain append, or inside the caller's transaction.
 */
final class AppendEvents {
  private static final String APPEND = "SELECT append_events(?, ?, ?, ?, ?, ?, ?)";

  private AppendEvents() {}

  /** As the observed call, in the caller's transaction, its failure translated to the store's exceptions. */
  static long inTransaction(Connection transaction, UUID aggregateId, Long expectedVersion, List<EventData> events,
      AppendObserver observer) {
    try {
      return call(transaction, aggregateId, expectedVersion, events, observer);
    } catch (SQLException e) {
      throw SqlErrors.translate(e, aggregateId, expectedVersion);
    }
  }

  /**
   * Appends {@code events} to {@code aggregateId} after {@code expectedVersion} (null: after whatever
   * is there), returning the last event's position. A version that does not match raises SQLSTATE
   * {@code ES409} with the found version as its detail. {@code observer} hears of it either way.
   */
  static long call(Connection connection, UUID aggregateId, Long expectedVersion, List<EventData> events,
      AppendObserver observer) throws SQLException {
    long started = System.nanoTime();
    boolean succeeded = false;
    try {
      long position = call(connection, aggregateId, expectedVersion, events);
      succeeded = true;
      return position;
    } finally {
      observer.appended(events.size(), Duration.ofNanos(System.nanoTime() - started), succeeded);
    }
  }

  /** As the observed call, heard by no one: for the group commit, which observes each append itself, and for tests. */
  static long call(Connection connection, UUID aggregateId, Long expectedVersion, List<EventData> events)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
      statement.setObject(1, aggregateId);
      statement.setObject(2, expectedVersion, Types.BIGINT);
      statement.setArray(3, connection.createArrayOf("uuid", events.stream().map(EventData::id).toArray()));
      statement.setArray(4, connection.createArrayOf("text", events.stream().map(EventData::type).toArray()));
      statement.setArray(5, connection.createArrayOf("text", events.stream().map(e -> e.body().toString()).toArray()));
      statement.setArray(6, connection.createArrayOf("uuid", events.stream().map(EventData::correlationId).toArray()));
      statement.setArray(7, connection.createArrayOf("uuid", events.stream().map(EventData::causationId).toArray()));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
