package dev.estodo.eventsourcing;

/** The store failed for a reason that is neither a conflict nor an unreachable database: a bug. */
public class EventStoreException extends RuntimeException {
  /** A failure described by {@code message}, caused by {@code cause}. */
  public EventStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
