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
 * started on first use with this JVM's class path, sent a workload at a time; the CPU of estodo,
 * PostgreSQL and the generator itself is metered between the generator's window lines.
 */
final class JvmGenerator implements AutoCloseable {
  /** The least warm-up of a new generator's first workload: its own code is still interpreted. */
  private static final Duration FIRST_WARMUP = Duration.ofSeconds(1);

  private Process process;
  private BufferedReader output;
  private PrintWriter input;

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
    // C1 only and the serial collector: the generator's code is small, and in the short windows of
    // a run C2's compiles and G1's threads cost more CPU than they save (open-loop adds at 1,000/s:
    // 66 to 74 us a request against 110 to 145); at 2,000 and 3,000/s the two were alike.
    process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Generator.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
