package dev.estodo.eventsourcing.processing;

import java.time.Duration;

/**
 * How event processors run: events per batch; the longest wait for news before looking anyway (and
 * between checks that the lock's connection is alive); how often a standby tries to take over; and
 * the backoff after a failure, doubling from {@code initialBackoff} up to {@code maxBackoff}.
 */
public record ProcessorSettings(
    int batchSize, Duration pollInterval, Duration standbyRetry, Duration initialBackoff, Duration maxBackoff) {

  /** Checks every setting, naming the one that is wrong. */
  public ProcessorSettings {
    if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    positive("pollInterval", pollInterval);
    positive("standbyRetry", standbyRetry);
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
  }

  /**
   * 500 events per batch, 1 s poll, 1 s standby retry, backoff from 100 ms up to 30 s. Live, a
   * batch holds what arrived since the last one; the size matters when catching up, where each
   * batch costs a read and a commit.
   */
  public static ProcessorSettings defaults() {
    return new ProcessorSettings(500, Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofMillis(100), Duration.ofSeconds(30));
  }

  /** The wait after {@code failures} consecutive failures: the initial backoff, doubled each time, capped. */
  public Duration backoff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  private static void positive(String setting, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(setting + " must be a positive duration, got " + value);
    }
  }
}
