package dev.estodo.todo.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What a measured run did: operations that succeeded and failed, in how long, the sorted
 * nanoseconds each successful one took, the first failure's message (null if none), and the CPU
 * the JVM and PostgreSQL used in the measured time (PostgreSQL's null when it cannot be read).
 */
record LoadResult(long count, long errors, long elapsedNanos, long[] sortedNanos, String firstError,
    long jvmCpuNanos, Long postgresCpuNanos) {

  /** A result without CPU figures. */
  static LoadResult of(long count, long errors, long elapsedNanos, long[] sortedNanos, String firstError) {
    return new LoadResult(count, errors, elapsedNanos, sortedNanos, firstError, 0, null);
  }

  /** Several rounds of one variant as one result: counts, times and latencies added up. */
  static LoadResult merge(List<LoadResult> rounds) {
    LoadResult sum = rounds.get(0);
    for (LoadResult round : rounds.subList(1, rounds.size())) {
      sum = new LoadResult(sum.count + round.count, sum.errors + round.errors, sum.elapsedNanos + round.elapsedNanos,
          null, sum.firstError != null ? sum.firstError : round.firstError, sum.jvmCpuNanos + round.jvmCpuNanos, sum.postgresCpuNanos == null || round.postgresCpuNanos == null
              ? null : sum.postgresCpuNanos + round.postgresCpuNanos);
    }
    long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.sortedNanos)).sorted().toArray();
    return new LoadResult(sum.count, sum.errors, sum.elapsedNanos, all, sum.firstError, sum.jvmCpuNanos,
        sum.postgresCpuNanos);
  }
}
