package dev.estodo.eventsourcing;

import java.sql.SQLException;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps SQL failures to the store's exceptions by SQLSTATE and constraint name, never by message
 * text: a version conflict, a second event of one type for one cause, or else what {@link EventStoreException#from} makes of it.
 */
final class SqlErrors {
  private static final String VERSION_CONFLICT = "ES409";
  // The version moved while the append waited for the aggregate's lock: a race the writer lost.
  private static final String LOST_RACE = "ES40W";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String VERSION_CONSTRAINT = "events_aggregate_version_unique";
  private static final String CAUSED_ONCE_INDEX = "events_caused_once";

  private SqlErrors() {}

  static RuntimeException translate(SQLException e, UUID aggregateId, Long expectedVersion) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals(VERSION_CONFLICT) || state.equals(LOST_RACE)) {
      return new ConcurrencyException(aggregateId, expectedVersion == null ? -1 : expectedVersion, foundVersion(e),
          state.equals(LOST_RACE));
    }
    if (state.equals(UNIQUE_VIOLATION) && VERSION_CONSTRAINT.equals(constraint(e))) {
      return new ConcurrencyException(aggregateId, expectedVersion == null ? -1 : expectedVersion, -1);
    }
    if (state.equals(UNIQUE_VIOLATION) && CAUSED_ONCE_INDEX.equals(constraint(e))) {
      return new AlreadyCausedException(e);
    }
    return EventStoreException.from(e);
  }

  private static long foundVersion(SQLException e) {
    ServerErrorMessage message = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    if (message == null || message.getDetail() == null) return -1;
    return Long.parseLong(message.getDetail());
  }

  private static String constraint(SQLException e) {
    ServerErrorMessage message = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    return message == null ? null : message.getConstraint();
  }
}
