package dev.estodo.todo;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where the web server listens, how long a query's {@code ?after=} waits for its projection, and
 * when {@code /health} fails.
 */
public record WebSettings(String host, int port, Duration readWait, HealthSettings health) {
  /** The loopback address: reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The original's port. */
  public static final int DEFAULT_PORT = 3000;
  /** How long a query with {@code ?after=} waits before it answers 503. */
  public static final Duration DEFAULT_READ_WAIT = Duration.ofSeconds(5);
  // the command line waits 60 s for an answer; a longer read wait would outlast it
  private static final Duration LONGEST_READ_WAIT = Duration.ofSeconds(60);
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%\\[\\]-]+");

  /** Reads {@code HOST}, {@code PORT}, {@code ESTODO_READ_WAIT} and the health settings, naming any that is wrong. */
  public static WebSettings from(Environment environment) {
    String host = environment.text("HOST").orElse(DEFAULT_HOST);
    if (!HOST.matcher(host).matches()) {
      throw new InvalidSettingException("HOST", "be a host name or an IP address such as 0.0.0.0", host);
    }
    int port = environment.number("PORT", 0, 65535, DEFAULT_PORT);
    Duration readWait = environment.duration("ESTODO_READ_WAIT", Duration.ofMillis(1), LONGEST_READ_WAIT,
        DEFAULT_READ_WAIT);
    return new WebSettings(host, port, readWait, HealthSettings.from(environment));
  }
}
