package dev.estodo.bench;

import dev.estodo.todo.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test in its own process: the application's jar (or, in the test suite, its
 * classes) run as {@code serve} or {@code web} with {@code DATABASE_URL} at a bench database, a
 * temporary {@code ESTODO_DATA_DIR} and {@code PORT=0}, every other setting at its default. Its
 * output goes to a file, so the bench spends no CPU reading it; the port is read from there.
 */
final class EstodoProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("estodo listening on http://127\\.0\\.0\\.1:(\\d+)");
  private static final long START_LIMIT_NANOS = 120_000_000_000L;

  private final Process process;
  private final Path directory;
  private final int port;

  private EstodoProcess(Process process, Path directory, int port) {
    this.process = process;
    this.directory = directory;
    this.port = port;
  }

  /** Starts {@code ./todo command} ({@code serve}, {@code web}) on {@code database} and waits until it listens. */
  static EstodoProcess start(String command, DatabaseAddress database) throws Exception {
    return start(command, database, Map.of());
  }

  /** {@link #start(String, DatabaseAddress)} with {@code settings} (environment variables) besides the defaults. */
  static EstodoProcess start(String command, DatabaseAddress database, Map<String, String> settings) throws Exception {
    Path directory = Files.createTempDirectory("estodo-bench-server");
    Path log = directory.resolve("server.log");
    ProcessBuilder builder = new ProcessBuilder(commandLine(command)).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("ESTODO_") || List.of("DATABASE_URL", "HOST", "PORT",
        "SMTP_URL", "ALLOWED_HOSTS").contains(name));
    environment.put("DATABASE_URL", database.jdbcUrl());
    environment.put("ESTODO_DATA_DIR", directory.resolve("data").toString());
    environment.put("PORT", "0");
    environment.putAll(settings);
    Process process = builder.start();
    try {
      return new EstodoProcess(process, directory, awaitPort(process, log));
    } catch (Exception e) {
      process.destroyForcibly().waitFor();
      throw e;
    }
  }

  /**
   * {@code java -jar estodo.jar COMMAND} when the application comes from its runnable jar (as
   * {@code ./todo bench} runs it), else its main class on this JVM's class path (the test suite).
   */
  private static List<String> commandLine(String command) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> line = new ArrayList<>(List.of(java));
    if (runnable(code)) {
      line.addAll(List.of("-jar", code.toString()));
    } else {
      line.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    line.add(command);
    return line;
  }

  private static boolean runnable(Path code) throws IOException {
    if (!Files.isRegularFile(code)) return false;
    try (JarFile jar = new JarFile(code.toFile())) {
      return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Main-Class") != null;
    }
  }

  private static int awaitPort(Process process, Path log) throws Exception {
    long deadline = System.nanoTime() + START_LIMIT_NANOS;
    while (System.nanoTime() < deadline) {
      Matcher listening = LISTENING.matcher(Files.readString(log));
      if (listening.find()) return Integer.parseInt(listening.group(1));
      if (!process.isAlive()) throw new IllegalStateException("the server exited with " + process.exitValue()
          + " before listening: " + Files.readString(log).strip());
      Thread.sleep(50);
    }
    throw new IllegalStateException("the server did not listen within 120 s: " + Files.readString(log).strip());
  }

  /** The server's base address, {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + port;
  }

  URI uri(String path) {
    return URI.create(base() + path);
  }

  /** The server process's id, to read its CPU time. */
  long pid() {
    return process.pid();
  }

  /** The text of {@code GET /metrics}. */
  String metrics() throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/metrics")).build(), BodyHandlers.ofString())
        .body();
  }

  /** The value of gauge {@code name} in {@code /metrics} (its first series), or -1 when absent. */
  double gauge(String name) throws IOException, InterruptedException {
    for (String line : metrics().split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return -1;
  }

  /** Stops the server as Ctrl-C does, or forcibly after 30 s, and deletes its directory. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
