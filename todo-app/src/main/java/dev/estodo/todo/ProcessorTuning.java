package dev.estodo.todo;

import dev.estodo.eventsourcing.processing.ProcessorSettings;
import java.time.Duration;

/** How the processors run, from the environment; unset, the library's {@link ProcessorSettings#defaults()}. */
public final class ProcessorTuning {
  private static final ProcessorSettings DEFAULTS = ProcessorSettings.defaults();
  private static final Duration SHORTEST = Duration.ofMillis(1);
  private static final Duration LONGEST = Duration.ofHours(1);

  private ProcessorTuning() {}

  /**
   * Reads {@code ESTODO_BATCH_SIZE}, {@code ESTODO_POLL_INTERVAL}, {@code ESTODO_STANDBY_RETRY},
   * {@code ESTODO_BACKOFF_MIN}, {@code ESTODO_BACKOFF_MAX}, {@code ESTODO_LEASE} and {@code
   * ESTODO_LEASE_RENEWAL}, naming any that is wrong.
   */
  public static ProcessorSettings from(Environment environment) {
    int batchSize = environment.number("ESTODO_BATCH_SIZE", 1, 100_000, DEFAULTS.batchSize());
    Duration poll = environment.duration("ESTODO_POLL_INTERVAL", SHORTEST, LONGEST, DEFAULTS.pollInterval());
    Duration standby = environment.duration("ESTODO_STANDBY_RETRY", SHORTEST, LONGEST, DEFAULTS.standbyRetry());
    Duration backoffMin = environment.duration("ESTODO_BACKOFF_MIN", SHORTEST, LONGEST, DEFAULTS.initialBackoff());
    Duration backoffMax = environment.duration("ESTODO_BACKOFF_MAX", SHORTEST, LONGEST, DEFAULTS.maxBackoff());
    if (backoffMax.compareTo(backoffMin) < 0) {
      throw new InvalidSettingException("ESTODO_BACKOFF_MAX",
          "be at least ESTODO_BACKOFF_MIN (" + Environment.format(backoffMin) + ")", Environment.format(backoffMax));
    }
    Duration lease = lease(environment);
    Duration renewal = environment.duration("ESTODO_LEASE_RENEWAL", SHORTEST, LONGEST, DEFAULTS.leaseRenewal());
    if (renewal.multipliedBy(3).compareTo(lease) > 0) {
      throw new InvalidSettingException("ESTODO_LEASE_RENEWAL",
          "be at most a third of ESTODO_LEASE (" + Environment.format(lease) + ")", Environment.format(renewal));
    }
    return new ProcessorSettings(batchSize, poll, standby, backoffMin, backoffMax, lease, renewal);
  }

  /** {@code ESTODO_LEASE}, which the processors hold and {@code /health} judges them by, read the one way. */
  static Duration lease(Environment environment) {
    return environment.duration("ESTODO_LEASE", SHORTEST, LONGEST, DEFAULTS.lease());
  }
}
