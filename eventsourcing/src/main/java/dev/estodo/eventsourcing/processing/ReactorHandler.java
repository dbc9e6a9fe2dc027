package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStore;
import dev.estodo.eventsourcing.EventStoreException;
import dev.estodo.eventsourcing.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a batch to a reactor one event at a time and saves its checkpoint after each reaction, so a
 * crash repeats at most the reaction in hand (at least once). Side effects cannot be rolled back,
 * so unlike a projector's, the reactions before a failing event stay done. A reaction that fails
 * for good ({@link PermanentReactionFailure}) parks its event, and later events of its aggregate
 * wait parked behind it; retries that were asked for run before each batch.
 */
final class ReactorHandler implements BatchHandler {
  private static final Logger log = LoggerFactory.getLogger(ReactorHandler.class);

  private final DataSource dataSource;
  private final Reactor reactor;
  private final Reactions reactions;
  private final ParkedRetries retries;

  ReactorHandler(DataSource dataSource, EventStore store, Reactor reactor, Reactions reactions) {
    this.dataSource = dataSource;
    this.reactor = reactor;
    this.reactions = reactions;
    this.retries = new ParkedRetries(dataSource, store, reactor, reactions);
  }

  @Override
  public String name() {
    return reactor.name();
  }

  @Override
  public void beforeBatch() {
    retries.run();
  }

  @Override
  public Checkpoint handle(Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved {
    Parking parking = Parking.load(dataSource, name());
    Checkpoint at = from;
    for (StoredEvent event : events) {
      Long blocker = parking.blocker(event);
      at = blocker == null ? reactAndSave(event, at, parking)
          : parking.park(event, "behind the parked event at position " + blocker, 0, blocker, at);
    }
    return at;
  }

  private Checkpoint reactAndSave(StoredEvent event, Checkpoint at, Parking parking)
      throws EventFailure, CheckpointMoved {
    try {
      react(event, at);
    } catch (PermanentReactionFailure e) {
      log.warn("Processor {} parked the event at position {} ({}): {}", name(), event.position(), event.type(),
          e.getMessage());
      return parking.park(event, String.valueOf(e.getMessage()), 1, null, at);
    }
    return save(at, event.checkpoint());
  }

  private void react(StoredEvent event, Checkpoint at) throws EventFailure {
    try {
      reactor.react(event, reactions);
    } catch (PermanentReactionFailure e) {
      throw e;
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
