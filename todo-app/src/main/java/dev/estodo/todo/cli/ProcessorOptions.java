package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.todo.ProcessorTuning;
import picocli.CommandLine.Option;

/** The processors' tuning: serve and processors. Durations take ms, s or m: 250ms, 5s, 2m. */
final class ProcessorOptions {
  @Option(names = "--batch-size", paramLabel = "N",
      description = "ESTODO_BATCH_SIZE: events a processor takes at a time, 1 to 100000 (default: 500)")
  String batchSize;

  @Option(names = "--poll-interval", paramLabel = "DURATION",
      description = "ESTODO_POLL_INTERVAL: longest wait for news before looking anyway (default: 1s)")
  String pollInterval;

  @Option(names = "--standby-retry", paramLabel = "DURATION",
      description = "ESTODO_STANDBY_RETRY: how often a standby tries to take over (default: 1s)")
  String standbyRetry;

  @Option(names = "--backoff-min", paramLabel = "DURATION",
      description = "ESTODO_BACKOFF_MIN: first wait after a failing event, then doubled (default: 100ms)")
  String backoffMin;

  @Option(names = "--backoff-max", paramLabel = "DURATION",
      description = "ESTODO_BACKOFF_MAX: longest wait between retries of a failing event (default: 30s)")
  String backoffMax;

  @Option(names = "--lease", paramLabel = "DURATION",
      description = "ESTODO_LEASE: how long an active instance's lease lasts unrenewed; a standby takes over"
          + " after it (default: 10s)")
  String lease;

  @Option(names = "--lease-renewal", paramLabel = "DURATION",
      description = "ESTODO_LEASE_RENEWAL: how often the active instance renews its lease, at most a third of"
          + " the lease (default: 2s)")
  String leaseRenewal;

  /** The tuning, flags over environment; a wrong value fails naming the setting. */
  ProcessorSettings settings() {
    return ProcessorTuning.from(Flags.overEnvironment("ESTODO_BATCH_SIZE", batchSize,
        "ESTODO_POLL_INTERVAL", pollInterval, "ESTODO_STANDBY_RETRY", standbyRetry,
        "ESTODO_BACKOFF_MIN", backoffMin, "ESTODO_BACKOFF_MAX", backoffMax,
        "ESTODO_LEASE", lease, "ESTODO_LEASE_RENEWAL", leaseRenewal));
  }
}
