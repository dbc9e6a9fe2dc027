package dev.estodo.todo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * How fast a request body must arrive: on average at least {@code ESTODO_MIN_BODY_RATE} bytes a
 * second, counted once a grace second has passed, else 408. Jetty's own check counts from the first
 * byte with no grace, so a small body whose reading a pause delayed by a tenth of a second (a
 * collection, a loaded machine) was refused as slow; a client trickling a body still fails here
 * within a second or so of its first bytes, and one that falls silent fails at the idle timeout.
 */
final class BodyRate {
  /** The request attribute holding the rate, in bytes a second, that {@link WebServer} sets. */
  static final String ATTRIBUTE = BodyRate.class.getName();
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final int CHUNK = 8192;

  private BodyRate() {}

  /** Reads {@code in} to its end or to one byte past {@code limit}, whichever comes first. */
  static byte[] read(InputStream in, int limit, int bytesPerSecond) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] chunk = new byte[CHUNK];
    long start = System.nanoTime();
    int read;
    while (body.size() <= limit && (read = in.read(chunk, 0, Math.min(CHUNK, limit + 1 - body.size()))) != -1) {
      body.write(chunk, 0, read);
      checkRate(System.nanoTime() - start, body.size(), bytesPerSecond);
    }
    return body.toByteArray();
  }

  private static void checkRate(long elapsedNanos, long bytes, int bytesPerSecond) {
    if (elapsedNanos <= GRACE_NANOS) return;
    if (bytes * TimeUnit.SECONDS.toNanos(1) / elapsedNanos < bytesPerSecond) {
      throw new RequestTimeoutException("the body arrived slower than " + bytesPerSecond + " bytes a second");
    }
  }
}
