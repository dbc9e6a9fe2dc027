package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventBatch;
import dev.estodo.eventsourcing.EventStore;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one processor's thread runs. It stands by until it holds the processor's lock, then follows the store
 * from the stored checkpoint in batches, woken by appends or after a poll interval. A failing event
 * is retried with exponential backoff, alone, until it succeeds: never skipped. A checkpoint that
 * moved under it (another instance, a reset) is re-read, as it is after every quiet poll interval.
 */
final class EventProcessor implements Runnable {
  private static final Duration IN_FLIGHT_RETRY = Duration.ofMillis(5);
  private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

  private final BatchHandler handler;
  private final EventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final ProcessorLocks locks;
  private final ProcessorSettings settings;
  private final Wakeups wakeups = new Wakeups();
  private final FailureStreak failures;
  private volatile Checkpoint checkpoint = Checkpoint.START;
  private volatile boolean active;
  private boolean stale = true;

  EventProcessor(BatchHandler handler, EventStore store, ProcessorCheckpoints checkpoints, ProcessorLocks locks,
      ProcessorSettings settings, FailureRecords records) {
    this.handler = handler;
    this.store = store;
    this.checkpoints = checkpoints;
    this.locks = locks;
    this.settings = settings;
    this.failures = new FailureStreak(handler.name(), settings, records);
  }

  String name() {
    return handler.name();
  }

  ProcessorStatus status() {
    return failures.status(checkpoint, active);
  }

  /** New events may be there; cheap enough to call from the appending thread. */
  void wake() {
    wakeups.wake();
  }

  /** Asks the thread to stop once the batch in hand is committed. */
  void stop() {
    wakeups.stop();
  }

  /** Stands by or processes until {@link #stop()}; never throws. */
  @Override
  public void run() {
    while (!wakeups.stopped()) {
      boolean holding = locks.holds(name());
      if (holding != active) {
        switched(holding);
      }
      if (holding) {
        step();
      } else {
        standby();
      }
    }
    active = false;
  }

  private void switched(boolean holding) {
    active = holding;
    stale = true;
    if (holding) {
      failures.tookOver();
      log.info("Processor {} is active", name());
    } else {
      log.warn("Processor {} lost its lock; standing by", name());
    }
  }

  private void standby() {
    try {
      if (locks.tryAcquire(name())) return;
      checkpoint = checkpoints.of(name());
    } catch (SQLException | RuntimeException e) {
      log.warn("Processor {} cannot take its lock: {}", name(), e.toString());
    }
    wakeups.pause(settings.standbyRetry());
  }

  // Errors are caught too: a thread that dies would stop the processor without a word.
  private void step() {
    try {
      handler.beforeBatch();
      EventBatch batch = store.readAfter(current(), failures.failing() ? 1 : settings.batchSize());
      handle(batch);
      idle(batch);
    } catch (EventFailure e) {
      checkpoint = e.committed();
      wakeups.pause(failures.failed(e));
    } catch (CheckpointMoved e) {
      log.info("Processor {}: {}; re-reading it", name(), e.getMessage());
      stale = true;
    } catch (RuntimeException | Error e) {
      stale = true;
      wakeups.pause(failures.failed("after " + checkpoint, null, e));
    }
  }

  private Checkpoint current() {
    if (stale) {
      checkpoint = checkpoints.of(name());
      stale = false;
    }
    return checkpoint;
  }

  /** The status is healthy again before waiters in this process hear of the new checkpoint. */
  private void handle(EventBatch batch) throws EventFailure, CheckpointMoved {
    if (batch.isEmpty()) {
      failures.succeeded(checkpoint);
      return;
    }
    checkpoint = handler.handle(checkpoint, batch.events());
    failures.succeeded(checkpoint);
    checkpoints.advanced();
  }

  /** Quiet for a whole poll interval: re-read the checkpoint then, in case someone reset it. */
  private void idle(EventBatch batch) {
    if (batch.moreInFlight()) {
      wakeups.pause(IN_FLIGHT_RETRY);
    } else if (batch.isEmpty() && !wakeups.awaitNews(settings.pollInterval())) {
      stale = true;
    }
  }
}
