package dev.estodo.eventsourcing;

/**
 * The database could not be reached or went away mid-statement. Nothing was written unless the
 * connection broke after the commit, which no client of any database can tell apart.
 */
public class EventStoreUnavailableException extends EventStoreException {
  /** The database is unavailable; {@code cause} says how. */
  public EventStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
