package dev.estodo.eventsourcing.processing;

/** A {@link CheckpointWatch} already holds as many waits as it allows: the caller should try again later. */
public final class TooManyWaitsException extends RuntimeException {
  /** Refused because {@code limit} waits are open. */
  public TooManyWaitsException(int limit) {
    super("too many waiting requests (" + limit + " at once); try again later");
  }
}
