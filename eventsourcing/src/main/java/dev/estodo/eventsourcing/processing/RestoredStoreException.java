package dev.estodo.eventsourcing.processing;

/**
 * The store holds transaction ids at or above the server's next one: it was copied from another
 * server (a logical dump and restore), and followers would wait for ever for those "future"
 * transactions to end, or skip the events written meanwhile. Repair it with {@link
 * RestoredStore#renumber} before starting processors.
 */
public final class RestoredStoreException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final long largestStored;
  private final long serverNext;

  RestoredStoreException(long largestStored, long serverNext) {
    super("the event store holds transaction ids up to " + largestStored + ", at or above this PostgreSQL server's next one ("
        + serverNext + "): it was restored from another server, and processors would wait for ever");
    this.largestStored = largestStored;
    this.serverNext = serverNext;
  }

  /** The largest transaction id stored with an event. */
  public long largestStored() {
    return largestStored;
  }

  /** The transaction id this server hands out next. */
  public long serverNext() {
    return serverNext;
  }
}
