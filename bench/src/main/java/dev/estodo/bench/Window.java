package dev.estodo.bench;

/**
 * Told when a run's measured time opens and closes, so what happens in between can be metered:
 * the CPU of estodo and PostgreSQL in the bench, or a line to the bench from a generator process.
 */
interface Window {
  /** The measured time starts now. */
  void opened();

  /** The measured time ends now. */
  void closed();

  /** {@code result} with what was metered between opened and closed. */
  LoadResult applyTo(LoadResult result);

  /** A window that meters the CPU {@code meter} reads. */
  static Window cpu(CpuMeter meter) {
    return new Window() {
      private long app;
      private Long postgres;
      private long appUsed;
      private Long postgresUsed;

      @Override
      public void opened() {
        app = meter.appNanos();
        postgres = meter.postgresNanos();
      }

      @Override
      public void closed() {
        Long postgresAfter = meter.postgresNanos();
        appUsed = meter.appNanos() - app;
        postgresUsed = postgres == null || postgresAfter == null ? null : postgresAfter - postgres;
      }

      @Override
      public LoadResult applyTo(LoadResult result) {
        return result.withCpu(appUsed, postgresUsed);
      }
    };
  }
}
