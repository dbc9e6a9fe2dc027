package dev.estodo.bench;

import dev.estodo.bench.ClosedLoop.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Measures variants that are compared with each other in alternating rounds (A B C A B C ...),
 * so a change in background load on a shared machine hits all of them alike. Each variant's
 * rounds add up to the measured time; the first round of each warms up fully.
 */
final class Interleaved {
  /** One variant's run for a round's timing: in this JVM, or by a generator process. */
  @FunctionalInterface
  interface Variant {
    LoadResult run(Timing timing) throws Exception;
  }

  private Interleaved() {}

  /** One merged result per variant of in-process operations, in the order given. */
  static List<LoadResult> run(int threads, Timing timing, CpuMeter cpu, List<IntFunction<Operation>> variants)
      throws Exception {
    List<Variant> runs = new ArrayList<>();
    variants.forEach(operations -> runs.add(round -> ClosedLoop.run(threads, round, cpu, operations)));
    return rounds(timing, runs);
  }

  /** One merged result per variant, in the order given. */
  static List<LoadResult> rounds(Timing timing, List<Variant> variants) throws Exception {
    List<List<LoadResult>> rounds = new ArrayList<>();
    variants.forEach(variant -> rounds.add(new ArrayList<>()));
    for (int round = 0; round < timing.rounds(); round++) {
      for (int v = 0; v < variants.size(); v++) {
        rounds.get(v).add(variants.get(v).run(timing.round(round == 0)));
      }
    }
    return rounds.stream().map(LoadResult::merge).toList();
  }
}
