package dev.estodo.todo.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The embedded PostgreSQL's log, a file beside its data directory ({@code <directory>.log}): what
 * initdb, pg_ctl and the server print. It outlives whichever process started the server, and when
 * a start or stop fails, the lines PostgreSQL logged meanwhile are the true cause.
 */
record ServerLog(Path file) {
  private static final int MAX_LINES = 6;
  private static final Pattern TELLING =
      Pattern.compile("\\b(LOG|DETAIL|HINT|WARNING|ERROR|FATAL|PANIC):|^(pg_ctl|initdb|unshare): ");

  /** Where the log ends now: {@link #since(long)} reads what is appended after it. */
  long end() {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The last messages logged after {@code mark} (or the last lines), joined for an error message. */
  String since(long mark) {
    List<String> lines = appendedLines(mark);
    List<String> telling = lines.stream().filter(ServerLog::tells).toList();
    List<String> chosen = telling.isEmpty() ? lines : telling;
    if (chosen.isEmpty()) return "PostgreSQL logged nothing (its log: " + file + ")";
    return chosen.subList(Math.max(0, chosen.size() - MAX_LINES), chosen.size()).stream()
        .map(String::strip).collect(Collectors.joining("; ", "", " (PostgreSQL's log: " + file + ")"));
  }

  /** Runs {@code command} with its output appended to the log; throws {@code failure} and the cause if it fails. */
  void run(List<String> command, String failure) {
    long mark = end();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(file.toFile())).start();
      if (process.waitFor() != 0) throw new IllegalStateException(failure + ": " + since(mark));
    } catch (IOException e) {
      throw new UncheckedIOException(failure, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(failure + ": interrupted", e);
    }
  }

  // PostgreSQL's messages carry their severity; its tools name themselves. The rest is progress.
  private static boolean tells(String line) {
    return TELLING.matcher(line).find();
  }

  private List<String> appendedLines(long mark) {
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long length = Math.max(0, log.length() - mark);
      byte[] appended = new byte[(int) Math.min(length, 64 * 1024)];
      log.seek(log.length() - appended.length);
      log.readFully(appended);
      return new String(appended, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
    }
  }
}
