package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.PostgresEventStore;
import dev.estodo.eventsourcing.StoredEvent;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a batch to a reactor one event at a time and saves its checkpoint after each reaction, so a
 * crash repeats at most the reaction in hand (at least once). Events the reactor does not care
 * about are passed over: a run of them moves the checkpoint in one write, before the next reaction
 * or at the end of the batch, committed without waiting for its WAL flush, since a crash that
 * loses it only shows those events again (a later reaction's commit flushes it first). Side
 * effects cannot be rolled back, so unlike a projector's, the reactions before a failing event
 * stay done. Before each reaction it
 * confirms that its lease lasts at least the reaction margin (half the lease), so that an instance
 * whose renewals fail does not start a side effect a successor could repeat; the events it records
 * and the checkpoints it saves commit only while its token is current. A reaction that fails for
 * good ({@link PermanentReactionFailure}) parks its event, and later events of its aggregate wait
 * parked behind it; retries that were asked for run before each batch.
 */
final class ReactorHandler implements BatchHandler {
  private static final Logger log = LoggerFactory.getLogger(ReactorHandler.class);

  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final Reactor reactor;
  private final ProcessorSettings settings;
  private final ParkedRetries retries;

  ReactorHandler(DataSource dataSource, PostgresEventStore store, Reactor reactor, ProcessorSettings settings) {
    this.dataSource = dataSource;
    this.store = store;
    this.reactor = reactor;
    this.settings = settings;
    this.retries = new ParkedRetries(dataSource, store, reactor, settings);
  }

  @Override
  public String name() {
    return reactor.name();
  }

  @Override
  public void beforeBatch(Lease lease) {
    retries.run(lease, reactions(lease));
  }

  @Override
  public Checkpoint handle(Lease lease, Checkpoint from, List<StoredEvent> events) throws EventFailure, CheckpointMoved {
    Reactions reactions = reactions(lease);
    Parking parking = Parking.load(dataSource, name(), settings.lease());
    Checkpoint at = from;
    Checkpoint passed = from;
    for (StoredEvent event : events) {
      // An aggregate's events wait behind its parked one whether the reactor cares about them or not, as ever.
      Long blocker = parking.blocker(event);
      if (blocker == null && !reactor.caresAbout(event)) {
        passed = event.checkpoint();
        continue;
      }
      at = passOver(lease, at, passed);
      confirm(lease, settings, event);
      at = blocker == null ? reactAndSave(lease, event, at, parking, reactions)
          : parking.park(lease, event, "behind the parked event at position " + blocker, 0, blocker, at);
      passed = at;
    }
    return passOver(lease, at, passed);
  }

  /** Saves the checkpoint past the events passed over since {@code at}, if any, in one relaxed write. */
  private Checkpoint passOver(Lease lease, Checkpoint at, Checkpoint passed) throws CheckpointMoved {
    return passed.equals(at) ? at : save(lease, at, passed, true);
  }

  /** Throws {@link LeaseLostException} unless {@code lease} lasts long enough to react to {@code event}. */
  static void confirm(Lease lease, ProcessorSettings settings, StoredEvent event) {
    if (!lease.lasts(settings.reactionMargin().toNanos())) {
      throw new LeaseLostException(lease.processor(), "has less than " + settings.reactionMargin().toMillis()
          + " ms left before the event at position " + event.position() + ", too little to react");
    }
  }

  private Reactions reactions(Lease lease) {
    return new StoreReactions(dataSource, store, lease, settings.lease());
  }

  private Checkpoint reactAndSave(Lease lease, StoredEvent event, Checkpoint at, Parking parking, Reactions reactions)
      throws EventFailure, CheckpointMoved {
    try {
      react(event, at, reactions);
    } catch (PermanentReactionFailure e) {
      log.warn("Processor {} parked the event at position {} ({}): {}", name(), event.position(), event.type(),
          e.getMessage());
      return parking.park(lease, event, String.valueOf(e.getMessage()), 1, null, at);
    }
    return save(lease, at, event.checkpoint(), false);
  }

  private void react(StoredEvent event, Checkpoint at, Reactions reactions) throws EventFailure {
    try {
      reactor.react(event, reactions);
    } catch (LeaseLostException | PermanentReactionFailure e) {
      throw e;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new EventFailure(event, at, e);
    }
  }

  private Checkpoint save(Lease lease, Checkpoint from, Checkpoint to, boolean relaxed) throws CheckpointMoved {
    return FencedTransactions.advance(dataSource, lease, settings.lease(), relaxed, name(), from, to,
        transaction -> to);
  }
}
