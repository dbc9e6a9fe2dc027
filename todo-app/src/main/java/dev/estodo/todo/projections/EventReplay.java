package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventRanges;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Applies the events between two moments, in the store's read order, with a projection's function,
 * in batches on the caller's transaction (so a time-travel query holds one connection, not two).
 * Every event up to a moment that the projection has reached is committed: its follower read them.
 */
final class EventReplay {
  static final int BATCH = 1_000;

  private EventReplay() {}

  /** Applies the events after {@code from} up to and including {@code to} with {@code function}. */
  static void between(Connection transaction, String function, Checkpoint from, Checkpoint to) throws SQLException {
    for (Checkpoint next = from; next.compareTo(to) < 0; ) {
      List<StoredEvent> events = EventRanges.read(transaction, next, to, BATCH);
      if (events.isEmpty()) return;
      // moves kept for every projection: always correct, and a replay is short
      TodoBatch.apply(transaction, function, events, true);
      next = events.get(events.size() - 1).checkpoint();
    }
  }
}
