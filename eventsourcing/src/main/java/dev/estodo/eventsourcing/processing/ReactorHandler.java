package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hands a batch to a reactor one event at a time and saves its checkpoint after each reaction, so a
 * crash repeats at most the reaction in hand (at least once). Side effects cannot be rolled back,
 * so unlike a projector's, the reactions before a failing event stay done. Before each reaction it
 * confirms that its lease lasts at least the reaction margin (half the lease), so that an instance
 * whose renewals fail does not start a side effect a successor could repeat; the events it records
 * and the checkpoints it saves commit only while its token is current.
 */
final class ReactorHandler implements BatchHandler {
  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final Reactor reactor;
  private final ProcessorSettings settings;

  ReactorHandler(DataSource dataSource, PostgresEventStore store, Reactor reactor, ProcessorSettings settings) {
    this.dataSource = dataSource;
    this.store = store;
    this.reactor = reactor;
    this.settings = settings;
  }

  @Override
  public String name() {
    return reactor.name();
  }

  @Override
  public Checkpoint handle(Lease lease, Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved {
    Reactions reactions = new StoreReactions(dataSource, store, lease, settings.lease());
    Checkpoint at = from;
    for (StoredEvent event : events) {
      if (!lease.lasts(settings.reactionMargin().toNanos())) {
        throw new LeaseLostException(name(), "has less than " + settings.reactionMargin().toMillis()
            + " ms left before the event at position " + event.position() + ", too little to react");
      }
      react(event, at, reactions);
      at = save(lease, at, event.checkpoint());
    }
    return at;
  }

  private void react(StoredEvent event, Checkpoint at, Reactions reactions) throws EventFailure {
    try {
      reactor.react(event, reactions);
    } catch (LeaseLostException e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new EventFailure(event, at, e);
    }
  }

  private Checkpoint save(Lease lease, Checkpoint from, Checkpoint to) throws CheckpointMoved {
    try (Connection transaction = dataSource.getConnection()) {
      try {
        FencedTransactions.begin(transaction, settings.lease(), false);
        if (!CheckpointRows.advance(transaction, name(), from, to)) throw new CheckpointMoved(name(), from);
        FencedTransactions.commit(transaction, lease);
        return to;
      } catch (Throwable e) {
        FencedTransactions.rollback(transaction, e);
        throw e;
      }
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }
}
