package dev.estodo.eventsourcing.processing;

import java.time.Duration;

/**
 * The pause of a follower held back by older transactions still running ("more in flight"): 5 ms
 * at first, doubling while it does not move, up to the poll interval, and 5 ms again once it moves.
 * A long-open transaction anywhere on the server then costs a few queries a second, not hundreds.
 */
final class InFlightPause {
  static final Duration FIRST = Duration.ofMillis(5);

  private final Duration longest;
  private Duration next = FIRST;

  InFlightPause(Duration longest) {
    this.longest = longest.compareTo(FIRST) < 0 ? FIRST : longest;
  }

  /** The pause to take now; {@code moved} says whether the batch just handled had events. */
  Duration next(boolean moved) {
    if (moved) next = FIRST;
    Duration pause = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(longest) > 0 ? longest : doubled;
    return pause;
  }

  /** Nothing holds the follower back any more. */
  void reset() {
    next = FIRST;
  }
}
