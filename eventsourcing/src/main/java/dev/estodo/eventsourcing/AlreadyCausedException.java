package dev.estodo.eventsourcing;

/**
 * The store refused an event because it holds an event of the same type with the same {@code
 * causation_id} already: the reaction it records was recorded before. Reactors treat it as done.
 */
public final class AlreadyCausedException extends EventStoreException {
  /** A refusal the database reported as {@code cause}. */
  public AlreadyCausedException(Throwable cause) {
    super("the store already holds an event of this type with this causation id: " + cause.getMessage(), cause);
  }
}
