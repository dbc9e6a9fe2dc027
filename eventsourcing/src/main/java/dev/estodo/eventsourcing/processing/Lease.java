package dev.estodo.eventsourcing.processing;

/**
 * A processor's lease as this runner holds it: the fencing token it took it with, and the moment
 * (on this JVM's {@link System#nanoTime()} clock) before which it surely has not expired, counted
 * from the start of the statement that last took or renewed it. Not a record: each renewal moves
 * the deadline of this same object, so a batch that outlasts the lease sees the renewals.
 */
final class Lease {
  private final String processor;
  private final long token;
  private volatile long deadlineNanos;

  Lease(String processor, long token, long deadlineNanos) {
    this.processor = processor;
    this.token = token;
    this.deadlineNanos = deadlineNanos;
  }

  String processor() {
    return processor;
  }

  long token() {
    return token;
  }

  /** True when the lease may have expired in the database by now. */
  boolean expired() {
    return System.nanoTime() - deadlineNanos >= 0;
  }

  /** True when the lease surely lasts {@code marginNanos} more. */
  boolean lasts(long marginNanos) {
    return deadlineNanos - System.nanoTime() > marginNanos;
  }

  /** A renewal succeeded: the lease now surely lasts until {@code deadline}. */
  void renewedUntil(long deadline) {
    deadlineNanos = deadline;
  }
}
