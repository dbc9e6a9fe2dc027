package dev.estodo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bench's side of its own load generator: one {@link Generator} process for the whole run,
 * started on first use with this JVM's class path and its own JVM flags, sent a workload at a
 * time; the CPU of estodo, PostgreSQL and the generator itself is metered between the
 * generator's window lines.
 */
final class JvmGenerator implements AutoCloseable {
  /** The least warm-up of a new generator's first workload: its own code is still interpreted. */
  private static final Duration FIRST_WARMUP = Duration.ofSeconds(1);

  /**
   * For HTTP load: C1 only and the serial collector. The generator's code is small, and in the short
   * windows of a run C2's compiles and G1's threads cost more CPU than they save (open-loop adds at
   * 1,000/s: 66 to 74 us a request against 110 to 145; at 2,000 and 3,000/s the two were alike), CPU
   * the server under test would otherwise have had.
   */
  static final List<String> LEAN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  /**
   * For the raw JDBC baselines: the JVM's defaults. With C1 alone the client decoding 10,000-row
   * SELECTs was their limit (in one run of the bench 157 queries/s at 6,620 us of the generator's CPU
   * each; with the defaults, in the run after, 279 at 2,819), a baseline weakened by its client.
   */
  static final List<String> DEFAULTS = List.of();

  private final List<String> flags;
  private Process process;
  private BufferedReader output;
  private PrintWriter input;

  /** A generator whose JVM runs with {@code flags} ({@link #LEAN}, {@link #DEFAULTS}). */
  JvmGenerator(List<String> flags) {
    this.flags = List.copyOf(flags);
  }

  /** Runs {@code workload} at {@code connections} for {@code timing}, metering {@code cpu} over the measured time. */
  synchronized LoadResult run(Workload workload, int connections, Timing timing, CpuMeter cpu) throws Exception {
    Duration warmup = timing.warmup();
    if (process == null) {
      start();
      if (warmup.compareTo(FIRST_WARMUP) < 0) warmup = FIRST_WARMUP;
    }
    List<String> words = new ArrayList<>(List.of(workload.kind(), workload.target(), Integer.toString(connections),
        Long.toString(warmup.toMillis()), Long.toString(timing.measure().toMillis())));
    workload.arguments().forEach(argument -> words.add(argument.isEmpty() ? "-" : argument));
    input.println(String.join(" ", words));
    input.flush();
    Window window = Window.cpu(cpu);
    long generatorCpu = 0;
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.equals("window opened")) {
        window.opened();
        generatorCpu = -CpuMeter.processNanos(process.pid());
      }
      if (line.equals("window closed")) {
        window.closed();
        generatorCpu += CpuMeter.processNanos(process.pid());
      }
      if (line.startsWith("result ")) return window.applyTo(ResultLine.parse(line)).withGeneratorCpu(generatorCpu);
      if (line.startsWith("failed ")) throw new IllegalStateException("the bench's generator " + line);
    }
    throw new IllegalStateException("the bench's generator ended (exit " + process.waitFor() + ")");
  }

  private void start() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(flags);
    command.addAll(List.of("-cp",
        System.getProperty("java.class.path"), Generator.class.getName()));
    process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    input = new PrintWriter(process.getOutputStream(), false, StandardCharsets.UTF_8);
  }

  /** Ends the generator: its input closes, so it exits; forcibly if it has not within 10 s. */
  @Override
  public synchronized void close() throws InterruptedException {
    if (process == null) return;
    input.close();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
