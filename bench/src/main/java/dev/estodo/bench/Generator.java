package dev.estodo.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.estodo.bench.ClosedLoop.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The bench's own load generator, run as a process of its own (so its CPU is not the server's):
 * one workload after another, so its JIT stays warm from round to round. For each it prints
 * {@code window opened} and {@code window closed} as the measured time starts and ends, then one
 * {@code result} line; the bench meters the server's CPU between the two window lines.
 */
public final class Generator {
  private Generator() {}

  /**
   * Reads one workload a line from standard input ({@code KIND TARGET CONNECTIONS WARMUP_MS
   * MEASURE_MS ARGUMENTS...}, {@code -} for an empty argument), runs it and prints its result
   * line, or a {@code failed} line, until the input ends.
   */
  public static void main(String[] args) throws IOException {
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = input.readLine(); line != null; line = input.readLine()) {
      try {
        String[] words = line.trim().split(" ");
        List<String> arguments = Arrays.stream(words).skip(5).map(word -> word.equals("-") ? "" : word).toList();
        Timing timing = new Timing(Duration.ofMillis(Long.parseLong(words[3])),
            Duration.ofMillis(Long.parseLong(words[4])), 1);
        System.out.println(line(run(new Workload(words[0], words[1], arguments), Integer.parseInt(words[2]), timing)));
      } catch (Exception e) {
        System.out.println("failed " + e.toString().replace('\n', ' '));
      }
      System.out.flush();
    }
  }

  private static LoadResult run(Workload workload, int connections, Timing timing) throws Exception {
    String kind = workload.kind();
    if (kind.equals(Workload.INSERT) || kind.equals(Workload.SELECT)) {
      try (HikariDataSource pool = pool(workload.target(), connections)) {
        IntFunction<Operation> operation = kind.equals(Workload.INSERT) ? i -> Appenders.rawInsert(pool)
            : i -> RawSelect.of(pool);
        return ClosedLoop.run(connections, timing, MARKS, operation);
      }
    }
    try (LeanHttp http = new LeanHttp(workload.target())) {
      if (kind.equals(Workload.OPEN_ADD) || kind.equals(Workload.LAG)) {
        double rate = Double.parseDouble(workload.argument(0));
        return OpenLoop.run(rate, timing, connections, 1, OpenRequests.of(workload, http), MARKS).get(0);
      }
      return ClosedLoop.run(connections, timing, MARKS, HttpOperations.of(workload, http));
    }
  }

  private static HikariDataSource pool(String jdbcUrl, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    return new HikariDataSource(config);
  }

  /** The result line the bench reads: counts, nanoseconds, milliseconds and late starts, then the first error, if any. */
  static String line(LoadResult result) {
    return String.format(Locale.ROOT, "result count=%d errors=%d elapsed=%d p50=%s p99=%s late=%d first_error=%s",
        result.count(), result.errors(), result.elapsedNanos(), result.p50Ms(), result.p99Ms(), result.late(),
        result.firstError() == null ? "" : result.firstError().replace('\n', ' '));
  }

  /** Tells the bench, on standard output, when the measured time starts and ends. */
  private static final Window MARKS = new Window() {
    @Override
    public void opened() {
      System.out.println("window opened");
      System.out.flush();
    }

    @Override
    public void closed() {
      System.out.println("window closed");
      System.out.flush();
    }

    @Override
    public LoadResult applyTo(LoadResult result) {
      return result;
    }
  };
}
