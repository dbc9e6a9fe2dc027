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
  private Interleaved() {}

  /** One merged result per variant, in the order given. */
  static List<LoadResult> run(int threads, Timing timing, CpuMeter cpu, List<IntFunction<Operation>> variants)
      throws InterruptedException {
    List<List<LoadResult>> rounds = new ArrayList<>();
    variants.forEach(variant -> rounds.add(new ArrayList<>()));
    for (int round = 0; round < timing.rounds(); round++) {
      for (int v = 0; v < variants.size(); v++) {
        rounds.get(v).add(ClosedLoop.run(threads, timing.round(round == 0), cpu, variants.get(v)));
      }
    }
    return rounds.stream().map(LoadResult::merge).toList();
  }
}
