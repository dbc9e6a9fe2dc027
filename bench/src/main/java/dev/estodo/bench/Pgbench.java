package dev.estodo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pgbench running the raw INSERT baseline: a custom script of the one autocommitted single-row
 * INSERT into {@code raw_events} with a todo_added body, prepared, N clients on up to one thread
 * per core, whole seconds; each transaction's latency is read from its per-transaction log.
 */
final class Pgbench {
  private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
  private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

  private Pgbench() {}

  static boolean installed() {
    return Executables.onPath("pgbench");
  }

  /** INSERTs at {@code clients} for {@code timing} into database {@code database}, metering {@code cpu}. */
  static LoadResult inserts(DatabaseAddress database, int clients, Timing timing, CpuMeter cpu) throws Exception {
    Path directory = Files.createTempDirectory("estodo-bench-pgbench");
    try {
      Path script = directory.resolve("insert.sql");
      Files.writeString(script, insert());
      if (timing.warmup().toMillis() >= 1000) run(database, clients, timing.warmup(), script, null);
      Window window = Window.cpu(cpu);
      window.opened();
      LoadResult result = run(database, clients, timing.measure(), script, directory.resolve("log"));
      window.closed();
      return window.applyTo(result);
    } finally {
      try (Stream<Path> files = Files.list(directory)) {
        files.forEach(file -> file.toFile().delete());
      }
      Files.deleteIfExists(directory);
    }
  }

  private static String insert() {
    String body = TodoStreams.event(1, 1).body().toString().replace("'", "''");
    return "INSERT INTO raw_events (id, aggregate_id, version, type, body, correlation_id, causation_id) "
        + "VALUES (gen_random_uuid(), gen_random_uuid(), 1, 'todo_added', '" + body + "'::jsonb, gen_random_uuid(), NULL);\n";
  }

  private static LoadResult run(DatabaseAddress database, int clients, Duration duration, Path script, Path log)
      throws IOException, InterruptedException {
    long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
    List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-M", "prepared", "-c", Integer.toString(clients),
        "-j", Integer.toString(Wrk.threads(clients)), "-T", Long.toString(seconds), "-f", script.toString(),
        "-h", database.host(), "-p", Integer.toString(database.port()), "-U", database.user()));
    if (log != null) command.addAll(List.of("-l", "--log-prefix=" + log));
    command.add(database.database());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (database.password() != null) builder.environment().put("PGPASSWORD", database.password());
    Process pgbench = builder.start();
    String output = new String(pgbench.getInputStream().readAllBytes());
    int status = pgbench.waitFor();
    Matcher processed = PROCESSED.matcher(output);
    Matcher tps = TPS.matcher(output);
    if (status != 0 || !processed.find() || !tps.find()) {
      throw new IllegalStateException("pgbench exited with " + status + ": " + output.strip());
    }
    long count = Long.parseLong(processed.group(1));
    Matcher failed = FAILED.matcher(output);
    long errors = failed.find() ? Long.parseLong(failed.group(1)) : 0;
    long elapsed = (long) (count / Double.parseDouble(tps.group(1)) * 1e9);
    long[] sorted = log == null ? new long[0] : latencies(log.getParent());
    return LoadResult.of(count, errors, elapsed, sorted, errors == 0 ? null : errors + " failed transactions");
  }

  /** Each logged transaction's latency (its third field, in microseconds) in nanoseconds, sorted. */
  private static long[] latencies(Path directory) throws IOException {
    try (Stream<Path> logs = Files.list(directory)) {
      return logs.filter(file -> file.getFileName().toString().startsWith("log")).flatMap(Pgbench::lines)
          .mapToLong(line -> Long.parseLong(line.split(" ")[2]) * 1000).sorted().toArray();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
