package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.EventStore;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one processor's thread runs. It stands by until it holds the processor's lease, then follows the store
 * from the stored checkpoint in batches, woken by appends or after a poll interval. A failing event
 * is retried with exponential backoff, alone, until it succeeds: never skipped. A checkpoint that
 * moved under it (another instance, a reset) is re-read, as it is after every quiet poll interval; a
 * write refused for a lost lease makes it step down to standby. An interrupt stops it and an
 * {@link Error} ends it (no retry in a loop), in both cases giving up its lease to a standby.
 */
final class EventProcessor implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

  private final BatchHandler handler;
  private final EventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final LeaseRole role;
  private final ProcessorSettings settings;
  private final Wakeups wakeups = new Wakeups();
  private final FailureStreak failures;
  private final InFlightPause heldBack;
  private final BatchObserver observer;
  private volatile Checkpoint checkpoint = Checkpoint.START;
  private volatile String fatal;
  private boolean stale = true;

  EventProcessor(BatchHandler handler, EventStore store, ProcessorCheckpoints checkpoints, ProcessorLeases leases,
      ProcessorSettings settings, FailureRecords records, BatchObserver observer) {
    this.handler = handler;
    this.store = store;
    this.checkpoints = checkpoints;
    this.role = new LeaseRole(handler.name(), leases);
    this.settings = settings;
    this.failures = new FailureStreak(handler.name(), settings, records);
    this.heldBack = new InFlightPause(settings.pollInterval());
    this.observer = observer;
  }

  String name() {
    return handler.name();
  }

  ProcessorStatus status() {
    if (fatal != null) return new ProcessorStatus(name(), checkpoint, false, fatal, 1);
    return failures.status(checkpoint, role.active());
  }

  /** New events may be there; cheap enough to call from the appending thread. */
  void wake() {
    wakeups.wake();
  }

  /** Asks the thread to stop once the batch in hand is committed. */
  void stop() {
    wakeups.stop();
  }

  /** Stands by or processes until {@link #stop()}, an interrupt or an {@link Error}; never throws. */
  @Override
  public void run() {
    Lease lease = null;
    while (!wakeups.stopped()) {
      lease = role.current();
      if (role.switched()) switched(lease);
      if (lease != null) {
        step(lease);
      } else {
        standby();
      }
    }
    if (wakeups.interrupted()) log.warn("Processor {} was interrupted; it stops and gives up its lease", name());
    role.giveUp(lease);
  }

  private void switched(Lease lease) {
    stale = true;
    if (lease != null) failures.tookOver();
  }

  private void standby() {
    try {
      if (role.tryTake()) return;
      checkpoint = checkpoints.of(name());
    } catch (SQLException | RuntimeException e) {
      log.warn("Processor {} cannot take its lease: {}", name(), e.toString());
    }
    wakeups.pause(settings.standbyRetry());
  }

  private void step(Lease lease) {
    try {
      handler.beforeBatch(lease);
      EventBatch batch = store.readAfter(current(), failures.failing() ? 1 : settings.batchSize());
      handle(lease, batch);
      idle(batch);
    } catch (EventFailure e) {
      checkpoint = e.committed();
      wakeups.pause(failures.failed(e));
    } catch (CheckpointMoved e) {
      log.info("Processor {}: {}; re-reading it", name(), e.getMessage());
      stale = true;
    } catch (LeaseLostException e) {
      role.stepDown(lease, e);
      stale = true;
    } catch (RuntimeException e) {
      stale = true;
      wakeups.pause(failures.failed("after " + checkpoint, null, e));
    } catch (Error e) {
      end(e);
    }
  }

  // An Error (out of memory, linkage) is not retried in a loop: a standby elsewhere or a restart takes over.
  private void end(Error e) {
    fatal = "stopped by " + e;
    log.error("Processor {} {}; it gives up its lease and stays stopped until the process restarts", name(), fatal, e);
    wakeups.stop();
  }

  private Checkpoint current() {
    if (stale) {
      checkpoint = checkpoints.of(name());
      stale = false;
    }
    return checkpoint;
  }

  /** The status is healthy again before waiters in this process hear of the new checkpoint. */
  private void handle(Lease lease, EventBatch batch) throws EventFailure, CheckpointMoved {
    if (batch.isEmpty()) {
      failures.succeeded(checkpoint);
      return;
    }
    long started = System.nanoTime();
    checkpoint = handler.handle(lease, checkpoint, batch.events());
    observer.committed(name(), batch.events().size(), Duration.ofNanos(System.nanoTime() - started));
    failures.succeeded(checkpoint);
    checkpoints.advanced(name(), checkpoint);
  }

  /**
   * Quiet for a whole poll interval: re-read the checkpoint then, in case someone reset it. Held back
   * by an older transaction still in flight, the pause ends early on news of an append: under load
   * the transaction holding it back is most often an append about to commit, and waiting out a fixed
   * pause for it was most of the live lag. With no appends, the backoff keeps a long-open
   * transaction elsewhere to a few reads a second.
   */
  private void idle(EventBatch batch) {
    if (batch.moreInFlight()) {
      wakeups.awaitNews(heldBack.next(!batch.isEmpty()));
      return;
    }
    heldBack.reset();
    if (batch.isEmpty() && !wakeups.awaitNews(settings.pollInterval())) {
      stale = true;
    }
  }
}
