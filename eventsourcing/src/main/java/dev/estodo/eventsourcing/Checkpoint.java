package dev.estodo.eventsourcing;

/**
 * A follower's place in the event stream: the last event it handled, as (writing transaction id,
 * position). Followers read in this order rather than by position alone because positions are
 * taken when a transaction inserts, not when it commits: ordering by transaction and reading only
 * transactions older than every running one means an event that commits late is never skipped.
 */
public record Checkpoint(long transactionId, long position) implements Comparable<Checkpoint> {

  /** Before the first event. */
  public static final Checkpoint START = new Checkpoint(0, 0);

  @Override
  public int compareTo(Checkpoint other) {
    int byTransaction = Long.compare(transactionId, other.transactionId);
    return byTransaction != 0 ? byTransaction : Long.compare(position, other.position);
  }

  /** True when this checkpoint is at or past {@code other}. */
  public boolean reached(Checkpoint other) {
    return compareTo(other) >= 0;
  }
}
