package dev.estodo.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * What the test JVM logged since a test began. The tests' {@code simplelogger.properties} sends
 * SLF4J's lines to a file instead of the build's output ({@code target/test.log}; Maven gives each
 * test JVM its own), so a test that injects failures marks the log first and then asserts the
 * entries it caused, stack traces included. A thread another test left behind may log there too:
 * look for your own entries by their text.
 */
public final class TestLog {
  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private static final Pattern HEADER = Pattern.compile("\\[(.+?)] (TRACE|DEBUG|INFO|WARN|ERROR) (\\S+) - (.*)");
  private static final long PATIENCE_NANOS = 10_000_000_000L;
  private static final Path FILE = file();

  private final long start;

  private TestLog(long start) {
    this.start = start;
  }

  /** One logged line: its level, thread, logger and message, and the stack trace printed with it. */
  public record Entry(String level, String thread, String logger, String message, List<String> trace) {
    /** Whether a stack trace was printed with it. */
    public boolean hasTrace() {
      return !trace.isEmpty();
    }

    /** The exception printed with it (the first line of its stack trace), or null. */
    public String exception() {
      return trace.isEmpty() ? null : trace.get(0);
    }
  }

  /** Marks the end of the log as it is now: {@link #entries()} are the entries logged after it. */
  public static TestLog mark() {
    return new TestLog(size());
  }

  /** The entries logged since the mark, oldest first. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (String line : read().split("\\R")) {
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        entries.add(new Entry(header.group(2), header.group(1), header.group(3), header.group(4), new ArrayList<>()));
      } else if (!entries.isEmpty() && !line.isEmpty()) {
        entries.get(entries.size() - 1).trace().add(line);
      }
    }
    return entries;
  }

  /** The entries since the mark whose message contains every one of {@code texts}. */
  public List<Entry> containing(String... texts) {
    return entries().stream().filter(entry -> Arrays.stream(texts).allMatch(entry.message()::contains)).toList();
  }

  /** The one entry since the mark containing every one of {@code texts}; fails if there are none or more. */
  public Entry only(String... texts) {
    List<Entry> found = containing(texts);
    assertThat(found).as("log entries containing %s in %s", Arrays.toString(texts), FILE).hasSize(1);
    return found.get(0);
  }

  /**
   * Waits up to 10 s for an entry containing every one of {@code texts} and returns the first: a
   * background thread may log just after the state a test waited for.
   */
  public Entry await(String... texts) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    List<Entry> found = containing(texts);
    while (found.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
      found = containing(texts);
    }
    assertThat(found).as("a log entry containing %s in %s", Arrays.toString(texts), FILE).isNotEmpty();
    return found.get(0);
  }

  private String read() {
    try (FileChannel channel = FileChannel.open(FILE)) {
      ByteBuffer bytes = ByteBuffer.allocate((int) Math.max(0, channel.size() - start));
      int read;
      do {
        read = channel.read(bytes, start + bytes.position());
      } while (read > 0 && bytes.hasRemaining());
      // SLF4J's file stream writes in the platform charset.
      return new String(bytes.array(), 0, bytes.position(), Charset.defaultCharset());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test log " + FILE, e);
    }
  }

  private static long size() {
    try {
      return Files.size(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test log " + FILE, e);
    }
  }

  /** The file SLF4J writes to; the first logger created empties it, so one is created first. */
  private static Path file() {
    LoggerFactory.getLogger(TestLog.class);
    String name = System.getProperty(LOG_FILE, configured());
    if (name == null || name.startsWith("System.")) {
      throw new IllegalStateException(LOG_FILE + " must name a file for TestLog to read, found " + name);
    }
    return Path.of(name);
  }

  private static String configured() {
    Properties properties = new Properties();
    try (InputStream in = TestLog.class.getResourceAsStream("/simplelogger.properties")) {
      if (in != null) properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty(LOG_FILE);
  }
}
