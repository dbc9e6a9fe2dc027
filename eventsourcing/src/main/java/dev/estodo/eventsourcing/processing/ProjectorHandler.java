package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Applies a batch to a projector and advances its checkpoint in one transaction. The checkpoint's
 * compare-and-set comes first: it locks the row, so a second instance waits before doing any work
 * and then finds the checkpoint moved, and a failed event rolls back the whole batch.
 *
 * <p>The lease's token is checked last, just before the commit ({@link FencedTransactions}): an
 * instance that lost its lease commits nothing. The transaction commits without waiting for its
 * WAL flush ({@code synchronous_commit = off}). That is safe here, unlike for appends: a crash can
 * only lose the newest projector commits as a whole, rows and checkpoint together, and the
 * restarted projector applies those events again from the store, where they are durable. It saves
 * a disk flush per batch per projector.
 */
final class ProjectorHandler implements BatchHandler {
  private final DataSource dataSource;
  private final Projector projector;
  private final Duration lease;

  ProjectorHandler(DataSource dataSource, Projector projector, Duration lease) {
    this.dataSource = dataSource;
    this.projector = projector;
    this.lease = lease;
  }

  @Override
  public String name() {
    return projector.name();
  }

  @Override
  public Checkpoint handle(Lease held, Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved {
    Checkpoint to = events.get(events.size() - 1).checkpoint();
    return FencedTransactions.advance(dataSource, held, lease, true, name(), from, to,
        transaction -> apply(transaction, from, to, events));
  }

  private Checkpoint apply(Connection transaction, Checkpoint from, Checkpoint to, List<StoredEvent> events)
      throws EventFailure {
    try {
      projector.projectBatch(transaction, events);
    } catch (Exception e) {
      // Which event of the batch failed is unknown here; the retry, one event at a time, finds it.
      throw new EventFailure(events, from, e);
    }
    return to;
  }
}
