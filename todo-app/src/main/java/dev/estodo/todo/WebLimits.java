package dev.estodo.todo;

import java.time.Duration;

/**
 * What one web server allows a client before it refuses: how many {@code ?after=} waits are open at
 * once, how long a connection may stay silent (between requests, within headers or a body), and the
 * least average rate at which a body must arrive.
 */
public record WebLimits(int maxWaits, Duration idleTimeout, int minBodyRate) {
  /** Waits open at once before a new one is refused with 503. */
  public static final int DEFAULT_MAX_WAITS = 1000;
  /** Silence on a connection before it is closed (a request in progress answers 408). */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
  /** Bytes a second, on average since its first byte, below which a body is refused with 408. */
  public static final int DEFAULT_MIN_BODY_RATE = 1024;
  /** The defaults, as tests and the bench run the server. */
  public static final WebLimits DEFAULTS =
      new WebLimits(DEFAULT_MAX_WAITS, DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_BODY_RATE);

  /** Reads {@code ESTODO_MAX_WAITS}, {@code ESTODO_IDLE_TIMEOUT}, {@code ESTODO_MIN_BODY_RATE}, naming any wrong. */
  public static WebLimits from(Environment environment) {
    int maxWaits = environment.number("ESTODO_MAX_WAITS", 1, 100_000, DEFAULT_MAX_WAITS);
    Duration idleTimeout = environment.duration("ESTODO_IDLE_TIMEOUT", Duration.ofMillis(100), Duration.ofMinutes(10),
        DEFAULT_IDLE_TIMEOUT);
    int minBodyRate = environment.number("ESTODO_MIN_BODY_RATE", 1, 1 << 30, DEFAULT_MIN_BODY_RATE);
    return new WebLimits(maxWaits, idleTimeout, minBodyRate);
  }
}
