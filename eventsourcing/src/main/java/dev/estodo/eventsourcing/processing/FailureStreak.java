package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;
import dev.estodo.eventsourcing.EventStoreUnavailableException;
import dev.estodo.eventsourcing.StoredEvent;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A processor's failures in a row: what keeps it stuck, how many attempts failed, how long to back
 * off, and the log lines. A failing event ends the streak only once the processor is past it; any
 * other failure (say, the database was down) ends with the next step that works. Each failure is
 * also recorded in the database, for the health checks of every process.
 */
final class FailureStreak {
  private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

  private record Failure(Checkpoint at, String where, String error, int count) {}

  private final String name;
  private final ProcessorSettings settings;
  private final FailureRecords records;
  private volatile Failure current;

  FailureStreak(String name, ProcessorSettings settings, FailureRecords records) {
    this.name = name;
    this.settings = settings;
    this.records = records;
  }

  boolean failing() {
    return current != null;
  }

  ProcessorStatus status(Checkpoint checkpoint, boolean active) {
    Failure failure = current;
    return new ProcessorStatus(name, checkpoint, active,
        failure == null ? null : failure.error(), failure == null ? 0 : failure.count());
  }

  /**
   * Records a failure {@code where} it happened ("on the event at position ...", "after ..."); it lasts
   * until the processor reaches {@code until}, or (when that is null) until the next step that works.
   * Returns the backoff.
   */
  Duration failed(String where, Checkpoint until, Throwable cause) {
    return failed(where, until, null, cause);
  }

  /** An event (or a batch) failed; one event is recorded with its position and type. */
  Duration failed(EventFailure failure) {
    return failed(failure.where(), failure.until(), failure.event(), failure.getCause());
  }

  private Duration failed(String where, Checkpoint until, StoredEvent event, Throwable cause) {
    Failure previous = current;
    int count = previous == null ? 1 : previous.count() + 1;
    String error = where + ": " + cause;
    current = new Failure(until, where, error, count);
    Duration backoff = settings.backoff(count);
    if (!databaseUnavailable(cause)) {
      records.failed(previous != null, event == null ? null : event.position(), event == null ? null : event.type(),
          error, count);
    }
    // The stack trace once per place; a retry that fails the same way needs one line. A retry one
    // event at a time that names the event within a failed batch is news.
    if (previous == null || !previous.where().equals(where)) {
      log.error("Processor {} failed {}; retrying in {} ms", name, error, backoff.toMillis(), cause);
    } else {
      log.warn("Processor {} failed again (attempt {}) {}; retrying in {} ms", name, count, error, backoff.toMillis());
    }
    return backoff;
  }

  // Writing would only wait for a connection in vain (and delay the retry); no health check can read it then.
  private static boolean databaseUnavailable(Throwable cause) {
    for (Throwable e = cause; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof EventStoreUnavailableException) return true;
    }
    return false;
  }

  /** This instance became the active one: a failure another instance recorded is cleared at the first step that works. */
  void tookOver() {
    records.mayBeStale();
  }

  /** A step worked and the processor now stands at {@code checkpoint}. */
  void succeeded(Checkpoint checkpoint) {
    Failure failure = current;
    if (failure != null && failure.at() != null && !checkpoint.reached(failure.at())) return;
    records.cleared();
    if (failure == null) return;
    current = null;
    log.info("Processor {} recovered after {} failed attempts", name, failure.count());
  }
}
