package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Takes a projection's snapshots ({@code list_snapshots}) in the transaction of the batch that has
 * moved it at least {@code max(MIN_GAP, rows of the last snapshot)} positions past the last one:
 * copying the tables costs then at most about a row per event applied, and an {@code ?at=} replays
 * at most about as many events after the snapshot as it restores rows. The shadow of an online rebuild
 * takes none (its tables are swapped in only when equal to the live ones, whose snapshots stay true).
 */
final class ListSnapshots {
  /** The fewest positions between two snapshots. */
  static final long MIN_GAP = 100;
  private static final String LAST = """
      SELECT position, row_count FROM list_snapshots WHERE projection = ?
      ORDER BY transaction_id DESC, position DESC LIMIT 1""";
  private static final String DELETE = "DELETE FROM list_snapshots WHERE projection = ?";
  // current_schema() is estodo_shadow while an online rebuild's search path puts the shadow first
  private static final String TAKE = """
      INSERT INTO list_snapshots (projection, transaction_id, position, row_count, tables)
      SELECT ?, ?::text::xid8, ?, %s, json_build_object(%s)
      WHERE current_schema() <> 'estodo_shadow'
      ON CONFLICT DO NOTHING
      RETURNING row_count""";

  /** Where the last snapshot is and how many rows it copied; {@code read} once looked up in the table. */
  private record Last(long position, long rows, boolean read) {
    static final Last UNKNOWN = new Last(0, 0, false);

    boolean due(StoredEvent end) {
      return end.position() - position >= Math.max(MIN_GAP, rows);
    }
  }

  private final String projection;
  private final String take;
  private volatile Last last = Last.UNKNOWN;

  ListSnapshots(String projection, List<String> tables) {
    this.projection = projection;
    this.take = TAKE.formatted(
        tables.stream().map(table -> "(SELECT count(*) FROM " + table + ")").collect(Collectors.joining(" + ")),
        tables.stream().map(table -> "'" + table + "', (SELECT coalesce(json_agg(t), '[]') FROM " + table + " t)")
            .collect(Collectors.joining(", ")));
  }

  /**
   * After {@code events} were applied in {@code transaction}: a snapshot there if it is time for one.
   * The table is read only when one seems due, so a batch costs nothing more until then.
   */
  void after(Connection transaction, List<StoredEvent> events) throws SQLException {
    Last known = last;
    // a batch from before the last snapshot known means the projection was reset (by another process, say)
    if (events.get(0).position() < known.position()) known = Last.UNKNOWN;
    StoredEvent end = events.get(events.size() - 1);
    if (known.due(end) && !known.read()) known = read(transaction);
    if (known.due(end)) known = take(transaction, end, known);
    last = known;
  }

  /** Deletes the projection's snapshots, in the transaction that empties its tables. */
  void reset(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(DELETE)) {
      statement.setString(1, projection);
      statement.executeUpdate();
    }
    last = new Last(0, 0, true);
  }

  private Last take(Connection transaction, StoredEvent end, Last known) throws SQLException {
    Checkpoint at = end.checkpoint();
    try (PreparedStatement statement = transaction.prepareStatement(take)) {
      statement.setString(1, projection);
      statement.setString(2, Long.toString(at.transactionId()));
      statement.setLong(3, at.position());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Last(at.position(), row.getLong(1), true) : known;
      }
    }
  }

  private Last read(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(LAST)) {
      statement.setString(1, projection);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Last(row.getLong(1), row.getLong(2), true) : new Last(0, 0, true);
      }
    }
  }
}
