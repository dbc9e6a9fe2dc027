package dev.estodo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * wrk, the C load generator, as the bench runs it: one process per measurement (after a warm-up
 * run when the timing has one of a second or more), whole seconds only, a Lua script per workload
 * (adds with fresh ids, amends of each thread's own todos, a list with or without its ETag) whose
 * {@code done} prints the bench's result line. Answers other than 2xx and 3xx count as errors.
 */
final class Wrk {
  private static final Set<String> KINDS = Set.of(Workload.ADD, Workload.ADD_WITH_KEY, Workload.AMEND, Workload.GET);

  private Wrk() {}

  /** Whether wrk is on the PATH. */
  static boolean installed() {
    return Executables.onPath("wrk");
  }

  /** Whether a wrk script exists for {@code kind}; the others need the bench's own generator. */
  static boolean runs(String kind) {
    return KINDS.contains(kind);
  }

  /** The number of wrk threads for {@code connections}: one per core, at most one per connection. */
  static int threads(int connections) {
    return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
  }

  static LoadResult run(Workload workload, int connections, Timing timing, CpuMeter cpu) throws Exception {
    Path script = Files.createTempFile("estodo-bench-", ".lua");
    try {
      if (timing.warmup().toMillis() >= 1000) {
        Files.writeString(script, WrkScripts.of(workload, connections, threads(connections)));
        measure(script, workload, connections, timing.warmup());
      }
      Files.writeString(script, WrkScripts.of(workload, connections, threads(connections)));
      Window window = Window.cpu(cpu);
      window.opened();
      LoadResult result = measure(script, workload, connections, timing.measure());
      window.closed();
      return window.applyTo(result);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static LoadResult measure(Path script, Workload workload, int connections, Duration duration)
      throws IOException, InterruptedException {
    long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
    List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(threads(connections)), "-c",
        Integer.toString(connections), "-d", seconds + "s", "--timeout", "30s", "-s", script.toString(),
        workload.target()));
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes());
    int status = wrk.waitFor();
    int line = output.indexOf("result ");
    if (status != 0 || line < 0) throw new IllegalStateException("wrk exited with " + status + ": " + output.strip());
    return ResultLine.parse(output.substring(line, output.indexOf('\n', line)));
  }
}
