package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a scenario runs with: the database server, the sizes and times, where to report progress,
 * the CPU meter, the load generators, and the targets of issue 13 that its figures are checked against.
 */
record BenchContext(BenchDatabase database, BenchSettings settings, PrintWriter progress, CpuMeter cpu,
    LoadTools tools, List<Target> targets, List<String> notes) {

  /** Prints a finished row as soon as it is measured, so a long run shows where it is. */
  Measurement reported(Measurement row) {
    progress.println(Report.line(row));
    progress.flush();
    return row;
  }

  /** A closed-loop run in this JVM with this run's timing; the first failure, if any, is printed. */
  LoadResult load(int threads, IntFunction<Operation> operations) throws InterruptedException {
    return said(ClosedLoop.run(threads, settings.timing(), cpu, operations));
  }

  /** Variants of in-process operations measured in alternating rounds; the first failure of each is printed. */
  List<LoadResult> load(int threads, List<IntFunction<Operation>> variants) throws Exception {
    return said(Interleaved.run(threads, settings.timing(), cpu, variants));
  }

  /** Variants measured in alternating rounds, in processes or not; the first failure of each is printed. */
  List<LoadResult> rounds(List<Interleaved.Variant> variants) throws Exception {
    return said(Interleaved.rounds(settings.timing(), variants));
  }

  /** Prints the first failure of {@code result}, if any, and returns it. */
  LoadResult said(LoadResult result) {
    if (result.firstError() != null) say("first error: " + result.firstError());
    return result;
  }

  private List<LoadResult> said(List<LoadResult> results) {
    results.forEach(this::said);
    return results;
  }

  /** Records a target's check for the summary at the end, and prints it now. */
  void check(Target target) {
    targets.add(target);
    say("target: " + target.line());
  }

  /** Prints a figure that is not a row (a batch size, say) now and again in the summary at the end. */
  void note(String figure) {
    notes.add(figure);
    say(figure);
  }

  /** Prints what the bench is doing between measurements. */
  void say(String message) {
    progress.println("  .. " + message);
    progress.flush();
  }
}
