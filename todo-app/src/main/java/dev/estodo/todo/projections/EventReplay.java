package dev.estodo.todo.projections;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.todo.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies the events between two moments, in the store's read order, with a projection's function,
 * in batches on the caller's transaction (so a time-travel query holds one connection, not two).
 * Every event up to a moment that the projection has reached is committed: its follower read them.
 */
final class EventReplay {
  static final int BATCH = 1_000;
  private static final String BETWEEN = """
      SELECT position, transaction_id::text AS transaction_id, id, aggregate_id, version, type, body::text AS body,
        correlation_id, causation_id, created_at
      FROM events
      WHERE (transaction_id, position) > (?::text::xid8, ?) AND (transaction_id, position) <= (?::text::xid8, ?)
      ORDER BY events.transaction_id, events.position
      LIMIT ?""";

  private EventReplay() {}

  /** Applies the events after {@code from} up to and including {@code to} with {@code function}. */
  static void between(Connection transaction, String function, Checkpoint from, Checkpoint to) throws SQLException {
    for (Checkpoint next = from; next.compareTo(to) < 0; ) {
      List<StoredEvent> events = read(transaction, next, to);
      if (events.isEmpty()) return;
      TodoBatch.apply(transaction, function, events);
      next = events.get(events.size() - 1).checkpoint();
    }
  }

  private static List<StoredEvent> read(Connection transaction, Checkpoint after, Checkpoint to) throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    try (PreparedStatement statement = transaction.prepareStatement(BETWEEN)) {
      statement.setString(1, Long.toString(after.transactionId()));
      statement.setLong(2, after.position());
      statement.setString(3, Long.toString(to.transactionId()));
      statement.setLong(4, to.position());
      statement.setInt(5, BATCH);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          events.add(event(rows));
        }
      }
    }
    return events;
  }

  private static StoredEvent event(ResultSet row) throws SQLException {
    try {
      return new StoredEvent(row.getLong("position"), Long.parseLong(row.getString("transaction_id")),
          row.getObject("id", UUID.class), row.getObject("aggregate_id", UUID.class), row.getLong("version"),
          row.getString("type"), Json.mapper().readTree(row.getString("body")),
          row.getObject("correlation_id", UUID.class), row.getObject("causation_id", UUID.class),
          row.getObject("created_at", OffsetDateTime.class).toInstant());
    } catch (JsonProcessingException e) {
      throw new SQLException("event " + row.getLong("position") + " has a body that is not JSON", e);
    }
  }
}
