package dev.estodo.eventsourcing.processing;

import java.time.Duration;

/**
 * How event processors run: events per batch; the longest wait for news before looking anyway; how
 * often a standby tries to take over; the backoff after a failure, doubling from {@code
 * initialBackoff} up to {@code maxBackoff}; and the lease an active instance holds per processor
 * ({@code lease}), renewed every {@code leaseRenewal}.
 */
public record ProcessorSettings(int batchSize, Duration pollInterval, Duration standbyRetry,
    Duration initialBackoff, Duration maxBackoff, Duration lease, Duration leaseRenewal) {

  /** Checks every setting, naming the one that is wrong. */
  public ProcessorSettings {
    if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    positive("pollInterval", pollInterval);
    positive("standbyRetry", standbyRetry);
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    positive("lease", lease);
    positive("leaseRenewal", leaseRenewal);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
    // A lease just renewed must have more than the reactors' margin (half the lease) left, with room
    // for a renewal that comes late.
    if (leaseRenewal.multipliedBy(3).compareTo(lease) > 0) {
      throw new IllegalArgumentException("leaseRenewal " + leaseRenewal + " is more than a third of lease " + lease);
    }
  }

  /**
   * 500 events per batch, 1 s poll, 1 s standby retry, backoff from 100 ms up to 30 s, a 10 s lease
   * renewed every 2 s. Live, a batch holds what arrived since the last one; the size matters when
   * catching up, where each batch costs a read and a commit.
   */
  public static ProcessorSettings defaults() {
    return new ProcessorSettings(500, Duration.ofSeconds(1), Duration.ofSeconds(1),
        Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2));
  }

  /** The same settings with another lease and renewal interval. */
  public ProcessorSettings withLease(Duration lease, Duration leaseRenewal) {
    return new ProcessorSettings(batchSize, pollInterval, standbyRetry, initialBackoff, maxBackoff, lease, leaseRenewal);
  }

  /** The wait after {@code failures} consecutive failures: the initial backoff, doubled each time, capped. */
  public Duration backoff(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = initialBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /** How much of its lease a reactor must have left before it starts a reaction: half the lease. */
  public Duration reactionMargin() {
    return lease.dividedBy(2);
  }

  private static void positive(String setting, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(setting + " must be a positive duration, got " + value);
    }
  }
}
