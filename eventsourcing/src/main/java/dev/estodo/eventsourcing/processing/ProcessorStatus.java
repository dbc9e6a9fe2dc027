package dev.estodo.eventsourcing.processing;

import dev.estodo.eventsourcing.Checkpoint;

/**
 * One processor's health, for metrics and health checks: where it stands; whether this instance
 * surely holds its lease (or stands by for another); and, while it is stuck, the error that keeps it from
 * moving on (naming the event's position and type) and how many attempts in a row have failed.
 */
public record ProcessorStatus(
    String name, Checkpoint checkpoint, boolean active, String lastError, int consecutiveFailures) {

  /** True when nothing is failing: {@code lastError} is null once the failing event has been handled. */
  public boolean healthy() {
    return lastError == null;
  }
}
