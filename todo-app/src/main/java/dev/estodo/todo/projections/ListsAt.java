package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import dev.estodo.eventsourcing.processing.Projector;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * A projection's list as it was at an earlier moment of the store: in one transaction, its latest
 * snapshot at or before the moment is copied into temporary tables of the same names, the events
 * after the snapshot up to the moment are replayed into them by the projection's own function, and
 * the projection's own query reads them. The search path puts the temporary schema first (which also
 * makes plpgsql plan the function afresh) and the transaction is read-only from then on, so a slip
 * could only fail, never write a live table; it rolls back, dropping the copies.
 */
public final class ListsAt {
  private static final String BY_POSITION = """
      SELECT transaction_id::text, position FROM events WHERE position <= ? ORDER BY position DESC LIMIT 1""";
  // created_at is when the writing transaction began, which is not in read order: a transaction that
  // began before the time may commit after others that began later. So the moment is the longest
  // prefix of the read order created at or before the time: up to the first event created after it.
  private static final String BY_TIME = """
      WITH first_after AS (
        SELECT transaction_id, position FROM events WHERE created_at > ?
        ORDER BY transaction_id, position LIMIT 1)
      SELECT transaction_id::text, position FROM events
      WHERE NOT EXISTS (SELECT FROM first_after)
        OR (transaction_id, position) < (SELECT transaction_id, position FROM first_after)
      ORDER BY transaction_id DESC, position DESC LIMIT 1""";
  private static final String ENTER = """
      SELECT set_config('search_path', 'pg_temp, ' || current_setting('search_path'), true)""";
  private static final int FETCH_SIZE = 256;

  private final DataSource dataSource;

  /** Lists in the database {@code dataSource} reaches. */
  public ListsAt(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The moment right after the event at {@code position}; for a position no event has (one a failed
   * append used), right after the last event before it; {@link Checkpoint#START} before the first.
   */
  public Checkpoint afterPosition(long position) {
    return moment(BY_POSITION, position);
  }

  /**
   * The moment of {@code time}: right after the last event, in the store's read order, before the
   * first event created after {@code time} (every event up to the moment was created at or before it).
   */
  public Checkpoint atTime(Instant time) {
    return moment(BY_TIME, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
  }

  private Checkpoint moment(String sql, Object parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? new Checkpoint(Long.parseLong(row.getString(1)), row.getLong(2)) : Checkpoint.START;
      }
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  /**
   * Passes the rows of {@code projector}'s list (one of the app's projections) at {@code moment} to
   * {@code sink}, in the list's order, skipping {@code offset} and stopping after {@code limit}. The
   * projection must have reached the moment: the events up to it are read as its follower read them.
   */
  public void stream(Projector projector, Checkpoint moment, long offset, long limit, QueryRows.Sink<Object> sink)
      throws IOException {
    if (!(projector instanceof TodoProjection<?> projection)) {
      throw new IllegalArgumentException("lists at a moment come from a todo projection, got " + projector.name());
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Checkpoint snapshot = ScratchTables.restore(connection, projection.name(), projection.tables(), moment);
        enter(connection);
        EventReplay.between(connection, "project_" + projection.name(), snapshot, moment);
        query(connection, projection, offset, limit, sink);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw failure("the " + projection.name() + " list at " + moment, e);
    }
  }

  // As QueryRows does: the store's reading of SQLSTATEs decides what is unavailable (503); the rest is a bug.
  private static RuntimeException failure(String what, SQLException e) {
    EventStoreException failure = EventStoreException.from(e);
    if (failure instanceof EventStoreUnavailableException) return failure;
    return new IllegalStateException(what + " failed (SQLSTATE " + e.getSQLState() + ")", e);
  }

  private static void enter(Connection transaction) throws SQLException {
    try (PreparedStatement statement = transaction.prepareStatement(ENTER)) {
      statement.execute();
    }
    try (PreparedStatement statement = transaction.prepareStatement("SET LOCAL transaction_read_only = on")) {
      statement.execute();
    }
  }

  private static <R> void query(Connection transaction, TodoProjection<R> projection, long offset, long limit,
      QueryRows.Sink<Object> sink) throws SQLException, IOException {
    try (PreparedStatement statement = transaction.prepareStatement(projection.query() + "\nLIMIT ? OFFSET ?")) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setLong(1, limit);
      statement.setLong(2, offset);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          sink.accept(projection.mapper().map(rows));
        }
      }
    }
  }
}
