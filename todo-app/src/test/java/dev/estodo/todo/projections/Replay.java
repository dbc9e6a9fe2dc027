package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import javax.sql.DataSource;

/** Feeds a projector every stored event in one transaction, as the runtime would, for projector tests. */
final class Replay {
  private Replay() {}

  static void all(DataSource dataSource, EventStore store, Projector projector) throws Exception {
    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      Checkpoint after = Checkpoint.START;
      EventBatch batch;
      while (!(batch = store.readAfter(after, 100)).isEmpty()) {
        for (StoredEvent event : batch.events()) {
          projector.project(transaction, event);
          after = event.checkpoint();
        }
      }
      transaction.commit();
    }
  }
}
