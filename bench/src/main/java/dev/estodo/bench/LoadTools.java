package dev.estodo.bench;

/**
 * The load generators of one run, each in a process of its own: wrk for the HTTP workloads it
 * has scripts for and pgbench for the raw INSERTs when they are installed (and not turned off
 * with {@code --builtin-generators}), else the bench's own generator, which also runs every
 * workload wrk cannot (the mixed sequence, the open loops, the raw SELECTs).
 */
final class LoadTools implements AutoCloseable {
  private final boolean wrk;
  private final boolean pgbench;
  // one process for HTTP load and one for the raw JDBC baselines, each started on first use
  private final JvmGenerator generator = new JvmGenerator(JvmGenerator.LEAN);
  private final JvmGenerator jdbc = new JvmGenerator(JvmGenerator.DEFAULTS);

  private LoadTools(boolean wrk, boolean pgbench) {
    this.wrk = wrk;
    this.pgbench = pgbench;
  }

  /** wrk and pgbench when installed, unless {@code builtinOnly}. */
  static LoadTools choose(boolean builtinOnly) {
    return new LoadTools(!builtinOnly && Wrk.installed(), !builtinOnly && Pgbench.installed());
  }

  /** What the run uses, for the report. */
  String description() {
    return "HTTP load: " + (wrk ? "wrk (Lua scripts), the bench's generator for the rest" : "the bench's generator")
        + "; raw INSERTs: " + insertTool() + "; every generator in its own process";
  }

  /** Which tool runs HTTP workload {@code kind}, for a row's name. */
  String httpTool(String kind) {
    return wrk && Wrk.runs(kind) ? "wrk" : "generator";
  }

  /** Which tool runs the raw INSERTs, for a row's name. */
  String insertTool() {
    return pgbench ? "pgbench" : "JDBC generator";
  }

  /** {@code workload} against the server, by wrk when it can, else by the bench's generator. */
  LoadResult http(Workload workload, int connections, Timing timing, CpuMeter cpu) throws Exception {
    if (httpTool(workload.kind()).equals("wrk")) return Wrk.run(workload, connections, timing, cpu);
    return generator.run(workload, connections, timing, cpu);
  }

  /** Raw single-row INSERTs into {@code database}'s {@code raw_events}, by pgbench or the bench's generator. */
  LoadResult inserts(DatabaseAddress database, int clients, Timing timing, CpuMeter cpu) throws Exception {
    if (pgbench) return Pgbench.inserts(database, clients, timing, cpu);
    return jdbc.run(Workload.of(Workload.INSERT, database.jdbcUrl()), clients, timing, cpu);
  }

  /** {@code workload} by the bench's own generator, whatever is installed. */
  LoadResult generator(Workload workload, int connections, Timing timing, CpuMeter cpu) throws Exception {
    boolean raw = workload.kind().equals(Workload.INSERT) || workload.kind().equals(Workload.SELECT);
    return (raw ? jdbc : generator).run(workload, connections, timing, cpu);
  }

  @Override
  public void close() throws InterruptedException {
    try {
      generator.close();
    } finally {
      jdbc.close();
    }
  }
}
