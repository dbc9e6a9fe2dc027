package dev.estodo.eventsourcing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the events between two places in the store's read order on a connection the caller holds,
 * such as a replay inside its own transaction. Unlike a follower's read it does not hold back at
 * transactions in flight: the caller names an end that a follower has already read up to.
 */
public final class EventRanges {
  // ORDER BY names the table's columns, as in FollowerReads: the bare name is COLUMNS' bigint output
  private static final String BETWEEN = "SELECT " + PostgresEventStore.COLUMNS + """

      FROM events
      WHERE (transaction_id, position) > (?::text::xid8, ?) AND (transaction_id, position) <= (?::text::xid8, ?)
      ORDER BY events.transaction_id, events.position
      LIMIT ?""";

  private EventRanges() {}

  /** Up to {@code limit} events after {@code after} and up to and including {@code upTo}, in read order. */
  public static List<StoredEvent> read(Connection connection, Checkpoint after, Checkpoint upTo, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BETWEEN)) {
      statement.setString(1, Long.toString(after.transactionId()));
      statement.setLong(2, after.position());
      statement.setString(3, Long.toString(upTo.transactionId()));
      statement.setLong(4, upTo.position());
      statement.setInt(5, limit);
      return StoredEventRows.readAll(statement);
    }
  }
}
