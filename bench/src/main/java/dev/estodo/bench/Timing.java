package dev.estodo.bench;

import java.time.Duration;

/**
 * How long a closed-loop run warms up (not recorded) and then measures, and in how many rounds
 * the measured time is split when variants alternate.
 */
record Timing(Duration warmup, Duration measure, int rounds) {
  /** A short settle time at the start of each later round: threads start, connections get busy. */
  static final Duration SETTLE = Duration.ofMillis(200);

  /** The timing of one round after the first, which warms up fully. */
  Timing round(boolean first) {
    return new Timing(first ? warmup : SETTLE, measure.dividedBy(rounds), 1);
  }
}
