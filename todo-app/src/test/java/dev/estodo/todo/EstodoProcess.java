package dev.estodo.todo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server command ({@code web}, {@code processors}, {@code serve}) in a JVM of its own, as
 * {@code ./todo} runs it, on the embedded PostgreSQL of a test's data directory. What it prints
 * goes to a file beside that directory, so its logs stay out of the test's output.
 */
public final class EstodoProcess implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("estodo listening on (http://\\S+)");

  private final Process process;
  private final Path output;

  private EstodoProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code ./todo command arguments...} on a free port of 127.0.0.1, with {@code environment} added. */
  public static EstodoProcess start(Path dataDirectory, Map<String, String> environment, String command,
      String... arguments) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), command));
    line.addAll(List.of(arguments));
    return run(line, dataDirectory, environment);
  }

  /**
   * Runs {@code commandLine} (a launcher, say) as a server command would run: on a free port of
   * 127.0.0.1, with the test's data directory, {@code environment} added and the JDK of this JVM.
   */
  public static EstodoProcess run(List<String> commandLine, Path dataDirectory, Map<String, String> environment) {
    String name = commandLine.get(commandLine.size() - 1).replaceAll("[^A-Za-z0-9]", "");
    Path output = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + name + "-" + System.nanoTime() + ".out");
    ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().keySet().removeAll(List.of("DATABASE_URL", "ESTODO_DATA_PORT", "SMTP_URL", "HOST", "PORT"));
    builder.environment().putAll(Map.of("ESTODO_DATA_DIR", dataDirectory.toString(), "PORT", "0", "HOST", "127.0.0.1",
        "JAVA_HOME", System.getProperty("java.home")));
    builder.environment().putAll(environment);
    try {
      return new EstodoProcess(builder.start(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code ./todo command} with the test's data directory and nothing else set. */
  public static EstodoProcess start(Path dataDirectory, String command) {
    return start(dataDirectory, Map.of(), command);
  }

  /** Waits until it has printed {@code text}; fails with its output if it exits or takes too long. */
  public EstodoProcess awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!output().contains(text)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("estodo never printed \"" + text + "\"; it printed:\n" + output());
      }
      Thread.sleep(50);
    }
    return this;
  }

  /** {@code path} on the web server it started (it must have printed where it listens). */
  public URI uri(String path) throws InterruptedException {
    awaitOutput("estodo listening on ");
    Matcher listening = LISTENING.matcher(output());
    if (!listening.find()) throw new AssertionError("no address in:\n" + output());
    return URI.create(listening.group(1) + path);
  }

  /** Everything it printed so far, logs included. */
  public String output() {
    try {
      return Files.exists(output) ? Files.readString(output) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its process, to tell whether it still runs and is still the same one. */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** Waits for it to exit by itself and returns its exit code. */
  public int exitCode() throws InterruptedException {
    if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("estodo did not exit; it printed:\n" + output());
    }
    return process.exitValue();
  }

  /** Stops it as Ctrl-C or SIGTERM does and returns its exit code. */
  public int stop() throws InterruptedException {
    process.destroy();
    return exitCode();
  }

  /** Kills it with SIGKILL, as {@code kill -9} does: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    exitCode();
  }

  /** Stops it if a test left it running. */
  @Override
  public void close() {
    if (!process.isAlive()) return;
    process.destroy();
    try {
      if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
