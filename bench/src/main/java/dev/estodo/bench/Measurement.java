package dev.estodo.bench;

/**
 * One row of the report: what ran, at what concurrency, how fast, how long each operation took,
 * how much CPU each used in the process running estodo (the server under test, or this JVM for
 * the library's rows) and in PostgreSQL, and how the
 * rate compares to the baseline measured in the same run (null for a baseline itself).
 */
record Measurement(
    String scenario, String variant, int concurrency, long count, long errors, double seconds,
    double rate, String unit, Double p50Ms, Double p99Ms, Double appCpuUs, Double postgresCpuUs,
    String baseline, Double ratio) {

  /** A row for a closed-loop run of {@code result}. */
  static Measurement of(String scenario, String variant, int concurrency, String unit, LoadResult result) {
    double seconds = result.elapsedNanos() / 1e9;
    Double app = result.count() == 0 || result.appCpuNanos() == 0 ? null : result.appCpuNanos() / 1e3 / result.count();
    Double postgres = result.count() == 0 || result.postgresCpuNanos() == null ? null
        : result.postgresCpuNanos() / 1e3 / result.count();
    return new Measurement(scenario, variant, concurrency, result.count(), result.errors(), seconds,
        result.count() / seconds, unit, result.p50Ms(), result.p99Ms(), app, postgres, null, null);
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
    return new Measurement(scenario, variant, concurrency, lags.count(), lags.errors(), lags.elapsedNanos() / 1e9,
        rate, "requests/s", lags.p50Ms(), lags.p99Ms(),
        null, null, null, null);
  }

  /** This row with its rate compared to {@code base}'s. */
  Measurement against(Measurement base) {
    return new Measurement(scenario, variant, concurrency, count, errors, seconds, rate, unit, p50Ms,
        p99Ms, appCpuUs, postgresCpuUs, base.variant().replace(" (baseline)", ""), rate / base.rate());
  }
}
