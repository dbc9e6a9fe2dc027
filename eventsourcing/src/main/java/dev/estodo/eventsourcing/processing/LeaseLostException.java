package dev.estodo.eventsourcing.processing;

/**
 * A processor's write was refused because this instance no longer holds the processor's lease: the
 * fencing token moved on (another instance took over) or the lease may have expired before it could
 * be renewed. Nothing of the write was committed; the processor steps down to standby. A reactor
 * that sees it from {@link Reactions#emit} must let it propagate.
 */
public final class LeaseLostException extends RuntimeException {
  /** The lease of {@code processor} is lost, for the reason {@code why}. */
  public LeaseLostException(String processor, String why) {
    super("lease of " + processor + " " + why);
  }
}
