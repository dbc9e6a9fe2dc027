package dev.estodo.todo;

import dev.estodo.eventsourcing.processing.ProcessorSettings;
import java.time.Duration;

/**
 * When {@code /health} answers 503: a processor failing for longer than {@code failingLimit}, or
 * without an active instance for longer than twice {@code lease} (the processors' lease, which a
 * web process reads to judge theirs).
 */
public record HealthSettings(Duration failingLimit, Duration lease) {
  /** How long a processor may keep failing before the health check fails. */
  public static final Duration DEFAULT_FAILING_LIMIT = Duration.ofSeconds(60);
  /** The processors' lease when {@code ESTODO_LEASE} is not set. */
  public static final Duration DEFAULT_LEASE = ProcessorSettings.defaults().lease();

  /** The defaults: 60 s of failing, a 10 s lease. */
  public static HealthSettings defaults() {
    return new HealthSettings(DEFAULT_FAILING_LIMIT, DEFAULT_LEASE);
  }

  /** Reads {@code ESTODO_FAILING_LIMIT} and {@code ESTODO_LEASE}, naming any that is wrong. */
  public static HealthSettings from(Environment environment) {
    Duration failing = environment.duration("ESTODO_FAILING_LIMIT", Duration.ofSeconds(1), Duration.ofHours(24),
        DEFAULT_FAILING_LIMIT);
    return new HealthSettings(failing, ProcessorTuning.lease(environment));
  }
}
