package dev.estodo.eventsourcing;

import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One processor's thread. It stands by until it holds the processor's lock, then follows the store
 * from the stored checkpoint in batches, woken by appends or after a poll interval. A failing event
 * is retried with exponential backoff, alone, until it succeeds: never skipped. A checkpoint that
 * moved under it (another instance, a reset) is re-read, as it is after every quiet poll interval.
 */
final class EventProcessor {
  private static final Duration IN_FLIGHT_RETRY = Duration.ofMillis(5);
  private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

  private record Failure(Checkpoint at, String error, int count) {}

  private final BatchHandler handler;
  private final EventStore store;
  private final ProcessorCheckpoints checkpoints;
  private final ProcessorLocks locks;
  private final ProcessorSettings settings;
  private final Wakeups wakeups = new Wakeups();
  private final Thread thread;
  private volatile Checkpoint checkpoint = Checkpoint.START;
  private volatile boolean active;
  private volatile Failure failure;
  private boolean stale = true;

  EventProcessor(BatchHandler handler, EventStore store, ProcessorCheckpoints checkpoints, ProcessorLocks locks,
      ProcessorSettings settings) {
    this.handler = handler;
    this.store = store;
    this.checkpoints = checkpoints;
    this.locks = locks;
    this.settings = settings;
    this.thread = new Thread(this::run, "estodo-processor-" + handler.name());
  }

  String name() {
    return handler.name();
  }

  ProcessorStatus status() {
    Failure current = failure;
    return new ProcessorStatus(name(), checkpoint, active,
        current == null ? null : current.error(), current == null ? 0 : current.count());
  }

  void start() {
    thread.start();
  }

  /** New events may be there; cheap enough to call from the appending thread. */
  void wake() {
    wakeups.wake();
  }

  /** Asks the thread to stop once the batch in hand is committed. */
  void stop() {
    wakeups.stop();
  }

  /** Waits for the thread to stop; interrupts it if the batch in hand takes longer than {@code timeout}. */
  void join(Duration timeout) {
    try {
      thread.join(timeout.toMillis());
      if (!thread.isAlive()) return;
      log.warn("Processor {} did not finish its batch within {}; interrupting it", name(), timeout);
      thread.interrupt();
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (!wakeups.stopped()) {
      boolean holding = locks.holds(name());
      if (holding != active) switched(holding);
      if (holding) step(); else standby();
    }
    active = false;
  }

  private void switched(boolean holding) {
    active = holding;
    stale = true;
    if (holding) log.info("Processor {} is active", name());
    else log.warn("Processor {} lost its lock; standing by", name());
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
      if (stale) checkpoint = checkpoints.of(name());
      stale = false;
      EventBatch batch = store.readAfter(checkpoint, failure == null ? settings.batchSize() : 1);
      if (!batch.isEmpty()) checkpoint = handler.handle(checkpoint, batch.events());
      if (!batch.isEmpty()) checkpoints.advanced();
      recovered();
      idle(batch);
    } catch (EventFailure e) {
      checkpoint = e.committed();
      failed(e.event(), e.getCause());
    } catch (CheckpointMoved e) {
      log.info("Processor {}: {}; re-reading it", name(), e.getMessage());
      stale = true;
    } catch (RuntimeException | Error e) {
      stale = true;
      failed(null, e);
    }
  }

  private void idle(EventBatch batch) {
    if (batch.moreInFlight()) wakeups.pause(IN_FLIGHT_RETRY);
    else if (batch.isEmpty() && !wakeups.awaitNews(settings.pollInterval())) stale = true;
  }

  private void recovered() {
    Failure previous = failure;
    if (previous == null || previous.at() != null && !checkpoint.reached(previous.at())) return;
    failure = null;
    log.info("Processor {} recovered after {} failed attempts", name(), previous.count());
  }

  private void failed(StoredEvent event, Throwable cause) {
    int count = failure == null ? 1 : failure.count() + 1;
    String error = (event == null ? "after " + checkpoint
        : "on the event at position " + event.position() + " (" + event.type() + ")") + ": " + cause;
    failure = new Failure(event == null ? null : event.checkpoint(), error, count);
    long retryMillis = settings.backoff(count).toMillis();
    if (count == 1) log.error("Processor {} failed {}; retrying in {} ms", name(), error, retryMillis, cause);
    else log.warn("Processor {} failed {}, {} times in a row; retrying in {} ms", name(), error, count, retryMillis);
    wakeups.pause(settings.backoff(count));
  }
}
