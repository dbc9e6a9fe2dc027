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
   * connection in time; otherwise an {@code EventStoreException}, a bug. Decided by SQLSTATE, never by text.
   */
  public static EventStoreException from(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P")) {
      return new EventStoreUnavailableException("database is unavailable: " + e.getMessage(), e);
    }
    return new EventStoreException("database failed (SQLSTATE " + state + "): " + e.getMessage(), e);
  }
}
