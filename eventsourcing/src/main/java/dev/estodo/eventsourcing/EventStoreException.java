package dev.estodo.eventsourcing;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** The store failed for a reason that is neither a conflict nor an unreachable database: a bug. */
public class EventStoreException extends RuntimeException {
  /** A failure described by {@code message}, caused by {@code cause}. */
  public EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The exception for a failed statement on the store's database: {@link EventStoreUnavailableException}
   * for a broken or refused connection (SQLSTATE class 08), a server shutting down (57P) or no pooled
   * connection in time; {@link EventStoreBusyException} when that is because every connection is in
   * use; otherwise an {@code EventStoreException}, a bug. Decided by SQLSTATE and cause, never by text.
   */
  public static EventStoreException from(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (busy(e)) return new EventStoreBusyException("no database connection was free in time: " + e.getMessage(), e);
    if (e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P")) {
      return new EventStoreUnavailableException("database is unavailable: " + e.getMessage(), e);
    }
    return new EventStoreException("database failed (SQLSTATE " + state + "): " + e.getMessage(), e);
  }

  /**
   * A pool's timeout with no cause: the pool (HikariCP) attaches the last failure to
   * connect as the cause, and clears it once a connection succeeds, so a timeout with none means
   * every connection was in use while the database accepted them; one with a cause, or with a
   * connection SQLSTATE, means the database cannot be reached.
   */
  private static boolean busy(SQLException e) {
    return e instanceof SQLTransientConnectionException && e.getCause() == null && e.getSQLState() == null;
  }
}
