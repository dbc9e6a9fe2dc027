package dev.estodo.todo.bench;

import dev.estodo.eventsourcing.EventData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A direct call of the store's {@code append_events} function on a connection the caller holds,
 * bound as the library binds it: for the global-lock variant, which needs the lock in the same
 * transaction, and for loading many streams per transaction.
 */
final class AppendCall {
  private static final String APPEND = "SELECT append_events(?, ?, ?, ?, ?, ?, ?)";

  private AppendCall() {}

  static long append(Connection connection, UUID aggregateId, long expectedVersion, List<EventData> events)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
      statement.setObject(1, aggregateId);
      statement.setLong(2, expectedVersion);
      statement.setArray(3, connection.createArrayOf("uuid", events.stream().map(EventData::id).toArray()));
      statement.setArray(4, connection.createArrayOf("text", events.stream().map(EventData::type).toArray()));
      statement.setArray(5, connection.createArrayOf("text",
          events.stream().map(event -> event.body().toString()).toArray()));
      statement.setArray(6, connection.createArrayOf("uuid",
          events.stream().map(EventData::correlationId).toArray()));
      statement.setArray(7, connection.createArrayOf("uuid", events.stream().map(EventData::causationId).toArray()));
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
