package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The followers' read: events in (transaction id, position) order, only those whose transaction is
 * older than every transaction still running (see the schema migration), and whether more are held
 * back by such a transaction.
 */
final class FollowerReads {
  // ORDER BY names the table's columns: a bare transaction_id there means the bigint output column
  // of COLUMNS, which no index has, and every batch sorted the whole table.
  private static final String READ_AFTER = "SELECT " + PostgresEventStore.COLUMNS + """

      FROM events
      WHERE (transaction_id, position) > (?::text::xid8, ?)
        AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY events.transaction_id, events.position
      LIMIT ?""";
  private static final String IN_FLIGHT = """
      SELECT EXISTS (
        SELECT 1 FROM events WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot()))""";

  private FollowerReads() {}

  /** Up to {@code limit} events after {@code after}; held back ones are "more in flight" when fewer came. */
  static EventBatch readAfter(Connection connection, Checkpoint after, int limit) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(READ_AFTER)) {
      statement.setString(1, Long.toString(after.transactionId()));
      statement.setLong(2, after.position());
      statement.setInt(3, limit);
      List<StoredEvent> events = StoredEventRows.readAll(statement);
      boolean moreInFlight = events.size() < limit && inFlight(connection);
      return new EventBatch(events, moreInFlight);
    }
  }

  private static boolean inFlight(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(IN_FLIGHT);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() && rows.getBoolean(1);
    }
  }
}
