package dev.estodo.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes and times of a run: the full run the README reports, or the quick one that keeps the
 * bench working in the test suite (smaller loads, under a second per measurement). A rebuild
 * running longer than {@code catchUpLimit} is measured over that time.
 */
record BenchSettings(
    boolean quick, Timing timing, List<Integer> writers, int connections, List<Integer> commandConnections,
    long catchUpEvents,
    Duration catchUpLimit, long scalingEvents, List<Integer> queryTodos, Duration lagMeasure) {

  /** The run the README's figures come from; under 10 minutes on a 2-core machine. */
  static BenchSettings fullRun() {
    return new BenchSettings(false, new Timing(Duration.ofSeconds(2), Duration.ofSeconds(5), 5),
        List.of(1, 8, 16), 16, List.of(1, 4, 16, 64), 1_000_000, Duration.ofSeconds(30), 5_000_000, List.of(100, 10_000),
        Duration.ofSeconds(10));
  }

  /**
   * A run under a minute, for the test suite and a quick look: the full run's rows on small data.
   * Each measurement keeps half a second after a warm-up, as a loaded machine's slowest requests
   * need: shorter windows catch no request at all there.
   */
  static BenchSettings quickRun() {
    return new BenchSettings(true, new Timing(Duration.ofMillis(300), Duration.ofMillis(500), 1),
        List.of(1, 8, 16), 16, List.of(1, 16), 5_000, Duration.ofSeconds(10), 10_000, List.of(100, 500),
        Duration.ofSeconds(1));
  }
}
