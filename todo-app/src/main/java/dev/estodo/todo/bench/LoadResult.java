package dev.estodo.todo.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What a measured run did: operations that succeeded and failed, in how long, the sorted
 * nanoseconds each successful one took, and the first failure's message (null if none).
 */
record LoadResult(long count, long errors, long elapsedNanos, long[] sortedNanos, String firstError) {

  /** Several rounds of one variant as one result: counts, times and latencies added up. */
  static LoadResult merge(List<LoadResult> rounds) {
    long count = 0;
    long errors = 0;
    long elapsed = 0;
    String firstError = null;
    for (LoadResult round : rounds) {
      count += round.count;
      errors += round.errors;
      elapsed += round.elapsedNanos;
      if (firstError == null) firstError = round.firstError;
    }
    long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.sortedNanos)).sorted().toArray();
    return new LoadResult(count, errors, elapsed, all, firstError);
  }
}
