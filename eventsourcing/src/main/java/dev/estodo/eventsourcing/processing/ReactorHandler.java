package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hands a batch to a reactor one event at a time and saves its checkpoint after each reaction, so a
 * crash repeats at most the reaction in hand (at least once). Side effects cannot be rolled back,
 * so unlike a projector's, the reactions before a failing event stay done.
 */
final class ReactorHandler implements BatchHandler {
  private final DataSource dataSource;
  private final Reactor reactor;
  private final Reactions reactions;

  ReactorHandler(DataSource dataSource, Reactor reactor, Reactions reactions) {
    this.dataSource = dataSource;
    this.reactor = reactor;
    this.reactions = reactions;
  }

  @Override
  public String name() {
    return reactor.name();
  }

  @Override
  public Checkpoint handle(Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved {
    Checkpoint at = from;
    for (StoredEvent event : events) {
      react(event, at);
      at = save(at, event.checkpoint());
    }
    return at;
  }

  private void react(StoredEvent event, Checkpoint at) throws EventFailure {
    try {
      reactor.react(event, reactions);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new EventFailure(event, at, e);
    }
  }

  private Checkpoint save(Checkpoint from, Checkpoint to) throws CheckpointMoved {
    try (Connection connection = dataSource.getConnection()) {
      if (!CheckpointRows.advance(connection, name(), from, to)) throw new CheckpointMoved(name(), from);
      return to;
    } catch (SQLException e) {
      throw EventStoreException.from(e);
    }
  }
}
