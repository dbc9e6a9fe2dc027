package dev.estodo.bench;

/**
 * One row of the report: what ran, at what concurrency, how fast, how long each operation took,
 * how much CPU each used in the process running estodo (the server under test, or this JVM for
 * the library's rows), in PostgreSQL and in the bench's own generator process when it sent the
 * load (per HTTP request), how many of an open loop's operations started over a millisecond late
 * (the generator behind its schedule), and how the rate compares to the baseline measured in the
 * same run (null for a baseline itself).
 */
record Measurement(
    String scenario, String variant, int concurrency, long count, long errors, double seconds,
    double rate, String unit, Double p50Ms, Double p99Ms, Double appCpuUs, Double postgresCpuUs,
    Double generatorCpuUs, long late, String baseline, Double ratio) {

  /** A row for a closed-loop run of {@code result}. */
  static Measurement of(String scenario, String variant, int concurrency, String unit, LoadResult result) {
    double seconds = result.elapsedNanos() / 1e9;
    Double app = result.count() == 0 || result.appCpuNanos() == 0 ? null : result.appCpuNanos() / 1e3 / result.count();
    Double postgres = result.count() == 0 || result.postgresCpuNanos() == null ? null
        : result.postgresCpuNanos() / 1e3 / result.count();
    return new Measurement(scenario, variant, concurrency, result.count(), result.errors(), seconds,
        result.count() / seconds, unit, result.p50Ms(), result.p99Ms(), app, postgres,
        generatorMicros(result, result.count()), result.late(), null, null);
  }

  /** A row for {@code count} items processed in {@code elapsedNanos}, with no per-item latency. */
  static Measurement ofTotal(String scenario, String variant, int concurrency, String unit, long count,
      long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    return new Measurement(scenario, variant, concurrency, count, 0, seconds, count / seconds, unit,
        null, null, null, null, null, 0, null, null);
  }

  /**
   * A row for lags measured under a load of {@code rate} requests a second: its latencies are the
   * lags; each lag took {@code requestsPerLag} HTTP requests, which the generator's CPU is divided by.
   */
  static Measurement lag(String scenario, String variant, int concurrency, double rate, LoadResult lags,
      int requestsPerLag) {
    return new Measurement(scenario, variant, concurrency, lags.count(), lags.errors(), lags.elapsedNanos() / 1e9,
        rate, "requests/s", lags.p50Ms(), lags.p99Ms(),
        null, null, generatorMicros(lags, lags.count() * requestsPerLag), lags.late(), null, null);
  }

  /** This row with its rate compared to {@code base}'s. */
  Measurement against(Measurement base) {
    return new Measurement(scenario, variant, concurrency, count, errors, seconds, rate, unit, p50Ms,
        p99Ms, appCpuUs, postgresCpuUs, generatorCpuUs, late, base.variant().replace(" (baseline)", ""),
        rate / base.rate());
  }

  private static Double generatorMicros(LoadResult result, long requests) {
    return requests == 0 || result.generatorCpuNanos() == null ? null : result.generatorCpuNanos() / 1e3 / requests;
  }
}
