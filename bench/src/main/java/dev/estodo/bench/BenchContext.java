package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntFunction;

/** What a scenario runs with: the database server, the sizes and times, and where to report progress. */
record BenchContext(BenchDatabase database, BenchSettings settings, PrintWriter progress, CpuMeter cpu) {

  /** Prints a finished row as soon as it is measured, so a long run shows where it is. */
  Measurement reported(Measurement row) {
    progress.println(Report.line(row));
    progress.flush();
    return row;
  }

  /** A closed-loop run with this run's timing; the first failure, if any, is printed. */
  LoadResult load(int threads, IntFunction<Operation> operations) throws InterruptedException {
    LoadResult result = ClosedLoop.run(threads, settings.timing(), cpu, operations);
    if (result.firstError() != null) say("first error: " + result.firstError());
    return result;
  }

  /** Variants measured in alternating rounds; the first failure of each, if any, is printed. */
  List<LoadResult> load(int threads, List<IntFunction<Operation>> variants) throws InterruptedException {
    List<LoadResult> results = Interleaved.run(threads, settings.timing(), cpu, variants);
    results.stream().filter(result -> result.firstError() != null)
        .forEach(result -> say("first error: " + result.firstError()));
    return results;
  }

  /** Prints what the bench is doing between measurements. */
  void say(String message) {
    progress.println("  .. " + message);
    progress.flush();
  }
}
