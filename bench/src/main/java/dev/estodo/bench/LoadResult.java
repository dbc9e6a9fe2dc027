package dev.estodo.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a measured run did: operations that succeeded and failed, in how long, the median and 99th
 * percentile of what each successful one measured (null if none), the first failure's message
 * (null if none), and the CPU the process running estodo and PostgreSQL used in the measured time
 * (PostgreSQL's null when it cannot be read), and the generator process's own CPU in that time
 * (null when the load came from a tool whose process the bench does not meter), and, for an open
 * loop, how many measured operations started more than a millisecond after they were due (the
 * generator fell behind its schedule; their latency includes its queue).
 */
record LoadResult(long count, long errors, long elapsedNanos, Double p50Ms, Double p99Ms, String firstError,
    long appCpuNanos, Long postgresCpuNanos, Long generatorCpuNanos, long late) {

  /** A result of the sorted nanoseconds {@code sortedNanos} of the successful operations, without CPU figures. */
  static LoadResult of(long count, long errors, long elapsedNanos, long[] sortedNanos, String firstError) {
    return new LoadResult(count, errors, elapsedNanos, Latencies.percentileMillis(sortedNanos, 0.50),
        Latencies.percentileMillis(sortedNanos, 0.99), firstError, 0, null, null, 0);
  }

  /** This result with {@code count} operations started late. */
  LoadResult withLate(long count) {
    return new LoadResult(this.count, errors, elapsedNanos, p50Ms, p99Ms, firstError, appCpuNanos, postgresCpuNanos,
        generatorCpuNanos, count);
  }

  /** This result with the CPU used in its measured time. */
  LoadResult withCpu(long appNanos, Long postgresNanos) {
    return new LoadResult(count, errors, elapsedNanos, p50Ms, p99Ms, firstError, appNanos, postgresNanos,
        generatorCpuNanos, late);
  }

  /** This result with the CPU its generator's process used in its measured time. */
  LoadResult withGeneratorCpu(long nanos) {
    return new LoadResult(count, errors, elapsedNanos, p50Ms, p99Ms, firstError, appCpuNanos, postgresCpuNanos,
        nanos, late);
  }

  /**
   * Several rounds of one variant as one result: counts, times and CPU added up; the percentiles
   * are the rounds' percentiles averaged, weighted by their counts (the generators report
   * percentiles, not every latency).
   */
  static LoadResult merge(List<LoadResult> rounds) {
    if (rounds.size() == 1) return rounds.get(0);
    boolean postgresKnown = rounds.stream().allMatch(round -> round.postgresCpuNanos != null);
    boolean generatorKnown = rounds.stream().allMatch(round -> round.generatorCpuNanos != null);
    return new LoadResult(
        rounds.stream().mapToLong(LoadResult::count).sum(),
        rounds.stream().mapToLong(LoadResult::errors).sum(),
        rounds.stream().mapToLong(LoadResult::elapsedNanos).sum(),
        weighted(rounds, LoadResult::p50Ms), weighted(rounds, LoadResult::p99Ms),
        rounds.stream().map(LoadResult::firstError).filter(Objects::nonNull).findFirst().orElse(null),
        rounds.stream().mapToLong(LoadResult::appCpuNanos).sum(),
        postgresKnown ? rounds.stream().mapToLong(LoadResult::postgresCpuNanos).sum() : null,
        generatorKnown ? rounds.stream().mapToLong(LoadResult::generatorCpuNanos).sum() : null,
        rounds.stream().mapToLong(LoadResult::late).sum());
  }

  private static Double weighted(List<LoadResult> rounds, Function<LoadResult, Double> value) {
    double weight = 0;
    double sum = 0;
    for (LoadResult round : rounds) {
      if (value.apply(round) == null) continue;
      weight += round.count;
      sum += value.apply(round) * round.count;
    }
    return weight == 0 ? null : sum / weight;
  }
}
