package dev.estodo.eventsourcing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the stream reads and versioned appends it passes on: the round trips of a command. */
final class CountingStore implements EventStore {
  private final EventStore store;
  final AtomicInteger reads = new AtomicInteger();
  final AtomicInteger appends = new AtomicInteger();
  /** When set, the next versioned append throws it instead of appending. */
  volatile RuntimeException nextAppendFails;

  CountingStore(EventStore store) {
    this.store = store;
  }

  @Override
  public long append(UUID aggregateId, long expectedVersion, List<EventData> events) {
    appends.incrementAndGet();
    RuntimeException failure = nextAppendFails;
    nextAppendFails = null;
    if (failure != null) throw failure;
    return store.append(aggregateId, expectedVersion, events);
  }

  @Override
  public long append(UUID aggregateId, List<EventData> events) {
    return store.append(aggregateId, events);
  }

  @Override
  public List<StoredEvent> readStream(UUID aggregateId) {
    reads.incrementAndGet();
    return store.readStream(aggregateId);
  }

  @Override
  public EventBatch readAfter(Checkpoint after, int limit) {
    return store.readAfter(after, limit);
  }

  @Override
  public Checkpoint checkpointOf(long position) {
    return store.checkpointOf(position);
  }

  @Override
  public AutoCloseable onAppend(Runnable listener) {
    return store.onAppend(listener);
  }
}
