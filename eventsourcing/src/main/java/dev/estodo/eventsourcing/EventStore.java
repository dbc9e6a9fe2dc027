package dev.estodo.eventsourcing;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Appends events to per-aggregate streams and reads them back, per aggregate or all of them in a
 * gap-safe order. Implementations never take a global write lock.
 */
public interface EventStore {

  /**
   * Appends events to one aggregate's stream atomically, as versions {@code expectedVersion + 1}
   * onwards. A new aggregate expects 0.
   *
   * @return the position of the last event appended
   * @throws ConcurrencyException when the stream's version is not {@code expectedVersion}
   */
  long append(UUID aggregateId, long expectedVersion, List<EventData> events);

  /**
   * Appends events after whatever the stream holds, with no version check: for reactors, which
   * add facts about what they did rather than decide on the aggregate's state.
   *
   * @return the position of the last event appended
   */
  long append(UUID aggregateId, List<EventData> events);

  /** One aggregate's events, oldest first; empty when it has none. */
  List<StoredEvent> readStream(UUID aggregateId);

  /**
   * Passes one aggregate's events to {@code reader}, oldest first, skipping the first {@code offset}
   * and passing at most {@code limit}; an implementation may read them as it passes them, so a long
   * stream is never held whole in memory. Exceptions {@code reader} throws end the read and propagate.
   */
  default void readStream(UUID aggregateId, long offset, long limit, Consumer<StoredEvent> reader) {
    readStream(aggregateId).stream().skip(offset).limit(limit).forEach(reader);
  }

  /**
   * Up to {@code limit} events after {@code after}, in read order. Every event is eventually
   * returned to a follower that keeps asking, exactly once, never after one that follows it.
   */
  EventBatch readAfter(Checkpoint after, int limit);

  /** The read-order place of the event at {@code position}, or null when there is none. */
  Checkpoint checkpointOf(long position);

  /**
   * Calls {@code listener} soon after events are appended, by this process or another one
   * sharing the database. Calls are coalesced and may be spurious; closing stops them.
   */
  AutoCloseable onAppend(Runnable listener);
}
