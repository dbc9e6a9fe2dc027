package dev.estodo.todo;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.EventData;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The store as the processors use it: reads and a reactor's appends on the processors' own pool,
 * so that requests holding every other connection cannot stall them; news of appends from the
 * requests' store, which calls its listeners in this process directly (no NOTIFY round trip).
 */
final class ProcessorStore implements EventStore, AutoCloseable {
  private final PostgresEventStore own;
  private final EventStore requests;

  ProcessorStore(DataSource processing, EventStore requests) {
    this.own = new PostgresEventStore(processing);
    this.requests = requests;
  }

  @Override
  public long append(UUID aggregateId, long expectedVersion, List<EventData> events) {
    return own.append(aggregateId, expectedVersion, events);
  }

  @Override
  public long append(UUID aggregateId, List<EventData> events) {
    return own.append(aggregateId, events);
  }

  @Override
  public List<StoredEvent> readStream(UUID aggregateId) {
    return own.readStream(aggregateId);
  }

  @Override
  public EventBatch readAfter(Checkpoint after, int limit) {
    return own.readAfter(after, limit);
  }

  @Override
  public Checkpoint checkpointOf(long position) {
    return own.checkpointOf(position);
  }

  @Override
  public AutoCloseable onAppend(Runnable listener) {
    return requests.onAppend(listener);
  }

  @Override
  public void close() {
    own.close();
  }
}
