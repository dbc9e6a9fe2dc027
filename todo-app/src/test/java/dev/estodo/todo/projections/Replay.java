package dev.estodo.todo.projections;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.StoredEvent;
import dev.estodo.eventsourcing.processing.Projector;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/** Feeds projectors stored events inside transactions, as the runtime would, for projector tests. */
final class Replay {
  private Replay() {}

  /** Every event, one {@code project} call each, in one transaction. */
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

  /** Every event, {@code size} to a {@code projectBatch} call, in one transaction. */
  static void inBatches(DataSource dataSource, EventStore store, Projector projector, int size) throws Exception {
    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      Checkpoint after = Checkpoint.START;
      EventBatch batch;
      while (!(batch = store.readAfter(after, size)).isEmpty()) {
        projector.projectBatch(transaction, batch.events());
        after = batch.events().get(batch.events().size() - 1).checkpoint();
      }
      transaction.commit();
    }
  }

  /** The events after {@code after}, a transaction per batch, to each of {@code projectors}; returns where they stopped. */
  static Checkpoint batchesAfter(DataSource dataSource, EventStore store, List<Projector> projectors,
      Checkpoint after) throws Exception {
    EventBatch batch;
    while (!(batch = store.readAfter(after, 100)).isEmpty()) {
      try (Connection transaction = dataSource.getConnection()) {
        transaction.setAutoCommit(false);
        for (Projector projector : projectors) {
          projector.projectBatch(transaction, batch.events());
        }
        transaction.commit();
      }
      after = batch.events().get(batch.events().size() - 1).checkpoint();
    }
    return after;
  }
}
