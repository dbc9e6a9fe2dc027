package dev.estodo.eventsourcing;

/**
 * No pooled connection came free in time while the database itself answers: the pool is busy, not
 * the database down. Callers that treat an unavailable database as a reason to back off still do.
 */
public class EventStoreBusyException extends EventStoreUnavailableException {
  /** Every connection was in use; {@code cause} is the pool's timeout. */
  public EventStoreBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
