package dev.estodo.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

  /** Several rounds of one variant as one result: counts, times, CPU and latencies added up. */
  static LoadResult merge(List<LoadResult> rounds) {
    boolean postgresKnown = rounds.stream().allMatch(round -> round.postgresCpuNanos != null);
    return new LoadResult(
        rounds.stream().mapToLong(LoadResult::count).sum(),
        rounds.stream().mapToLong(LoadResult::errors).sum(),
        rounds.stream().mapToLong(LoadResult::elapsedNanos).sum(),
        rounds.stream().flatMapToLong(round -> Arrays.stream(round.sortedNanos)).sorted().toArray(),
        rounds.stream().map(LoadResult::firstError).filter(Objects::nonNull).findFirst().orElse(null),
        rounds.stream().mapToLong(LoadResult::jvmCpuNanos).sum(),
        postgresKnown ? rounds.stream().mapToLong(LoadResult::postgresCpuNanos).sum() : null);
  }
}
