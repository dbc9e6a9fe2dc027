package dev.estodo.eventsourcing.processing;

/**
 * A processor's lease as this runner holds it: the fencing token it took it with, and the moment
 * (on this JVM's {@link System#nanoTime()} clock) before which it surely has not expired, counted
 * from the start of the statement that last took or renewed it.
 */
record Lease(String processor, long token, long deadlineNanos) {

  /** True when the lease may have expired in the database by now. */
  boolean expired() {
    return System.nanoTime() - deadlineNanos >= 0;
  }

  /** True when the lease surely lasts {@code marginNanos} more. */
  boolean lasts(long marginNanos) {
    return deadlineNanos - System.nanoTime() > marginNanos;
  }

  /** The same lease, renewed until {@code deadline}. */
  Lease until(long deadline) {
    return new Lease(processor, token, deadline);
  }
}
