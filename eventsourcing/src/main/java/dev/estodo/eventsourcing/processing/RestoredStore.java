package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.EventStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * Finds and repairs a store restored from another server. Events record their writing
 * transaction's id as a number, and followers read only ids below every running transaction's: a
 * logical dump restored into a server whose counter is lower leaves ids "in the future", so
 * followers wait until the counter passes them, and events written meanwhile get smaller ids and
 * sort before ones already read. The repair gives every stored event one id just below its own
 * transaction's, so the store reads in position order (the order the events were inserted in), and
 * resets every processor to the start.
 */
public final class RestoredStore {
  private static final String LARGEST = """
      SELECT (SELECT transaction_id::text::bigint FROM events ORDER BY transaction_id DESC LIMIT 1),
             pg_snapshot_xmax(pg_current_snapshot())::text::bigint""";
  // EXCLUSIVE keeps writers out and lets readers read; the checkpoint rows' locks wait for batches in flight.
  private static final String LOCK_EVENTS = "LOCK TABLE events IN EXCLUSIVE MODE";
  private static final String LOCK_CHECKPOINTS = "SELECT name FROM processor_checkpoints FOR UPDATE";
  private static final String RENUMBER = """
      UPDATE events SET transaction_id = (pg_current_xact_id()::text::bigint - 1)::text::xid8""";
  private static final String RESET_ALL = """
      UPDATE processor_checkpoints SET transaction_id = '0', position = 0, updated_at = now()""";

  private RestoredStore() {}

  /** Throws {@link RestoredStoreException} if the store holds a transaction id the server has not reached. */
  public static void refuseIfRestored(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(LARGEST)) {
      row.next();
      long largest = row.getLong(1);
      long next = row.getLong(2);
      if (!row.wasNull() && largest >= next) throw new RestoredStoreException(largest, next);
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  /**
   * Renumbers every event's transaction id in one transaction and resets every processor's
   * checkpoint, emptying {@code projectors}' tables so that they rebuild; reactors replay every
   * event and must find what they already did ({@link Reactions#alreadyCaused}). Returns how many
   * events were renumbered.
   */
  public static int renumber(DataSource dataSource, Collection<? extends Projector> projectors) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(LOCK_EVENTS);
        statement.execute(LOCK_CHECKPOINTS);
        int renumbered = statement.executeUpdate(RENUMBER);
        statement.executeUpdate(RESET_ALL);
        for (Projector projector : projectors) {
          projector.reset(connection);
        }
        connection.commit();
        return renumbered;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }

  private static void rollback(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
