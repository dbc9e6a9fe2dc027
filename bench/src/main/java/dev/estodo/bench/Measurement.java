package dev.estodo.bench;

/**
 * One row of the report: what ran, at what concurrency, how fast, how long each operation took,
 * how much CPU each used in this JVM (load generator and server) and in PostgreSQL, and how the
 * rate compares to the baseline measured in the same run (null for a baseline itself).
 */
record Measurement(
    String scenario, String variant, int concurrency, long count, long errors, double seconds,
    double rate, String unit, Double p50Ms, Double p99Ms, Double jvmCpuUs, Double postgresCpuUs,
    String baseline, Double ratio) {

  /** A row for a closed-loop run of {@code result}. */
  static Measurement of(String scenario, String variant, int concurrency, String unit, LoadResult result) {
    double seconds = result.elapsedNanos() / 1e9;
    long[] sorted = result.sortedNanos();
    Double jvm = result.count() == 0 || result.jvmCpuNanos() == 0 ? null : result.jvmCpuNanos() / 1e3 / result.count();
    Double postgres = result.count() == 0 || result.postgresCpuNanos() == null ? null
        : result.postgresCpuNanos() / 1e3 / result.count();
    return new Measurement(scenario, variant, concurrency, result.count(), result.errors(), seconds,
        result.count() / seconds, unit, Latencies.percentileMillis(sorted, 0.50),
        Latencies.percentileMillis(sorted, 0.99), jvm, postgres, null, null);
  }

  /** A row for {@code count} items processed in {@code elapsedNanos}, with no per-item latency. */
  static Measurement ofTotal(String scenario, String variant, int concurrency, String unit, long count,
      long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    return new Measurement(scenario, variant, concurrency, count, 0, seconds, count / seconds, unit,
        null, null, null, null, null, null);
  }

  /** A row for lags measured under a load of {@code rate} requests a second: its latencies are the lags. */
  static Measurement lag(String scenario, String variant, int concurrency, double rate, LoadResult lags) {
    long[] sorted = lags.sortedNanos();
    return new Measurement(scenario, variant, concurrency, lags.count(), lags.errors(), lags.elapsedNanos() / 1e9,
        rate, "requests/s", Latencies.percentileMillis(sorted, 0.50), Latencies.percentileMillis(sorted, 0.99),
        null, null, null, null);
  }

  /** This row with its rate compared to {@code base}'s. */
  Measurement against(Measurement base) {
    return new Measurement(scenario, variant, concurrency, count, errors, seconds, rate, unit, p50Ms,
        p99Ms, jvmCpuUs, postgresCpuUs, base.variant().replace(" (baseline)", ""), rate / base.rate());
  }
}
