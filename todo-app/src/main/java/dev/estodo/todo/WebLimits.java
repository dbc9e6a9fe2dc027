package dev.estodo.todo;

import java.time.Duration;

/**
 * What one web server allows a client before it refuses: how many {@code ?after=} waits are open at
 * once, how long a connection may stay silent (between requests, within headers or a body), the
 * least average rate at which a body must arrive, how many event streams are open at once and how
 * often each gets a heartbeat, and how many request threads the server has.
 */
public record WebLimits(int maxWaits, Duration idleTimeout, int minBodyRate, int maxStreams, Duration heartbeat,
    int maxThreads) {
  /** Waits open at once before a new one is refused with 503. */
  public static final int DEFAULT_MAX_WAITS = 1000;
  /** Silence on a connection before it is closed (a request in progress answers 408). */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
  /** Bytes a second, on average since its first byte, below which a body is refused with 408. */
  public static final int DEFAULT_MIN_BODY_RATE = 1024;
  /** Event streams open at once before a new one is refused with 503. */
  public static final int DEFAULT_MAX_STREAMS = 200;
  /** How often an event stream gets a heartbeat comment, so proxies and the server keep it open. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
  /** Request threads at most: each body still arriving holds one, for at most the idle timeout. */
  public static final int DEFAULT_MAX_THREADS = 800;
  /** The defaults, as tests and the bench run the server. */
  public static final WebLimits DEFAULTS =
      new WebLimits(DEFAULT_MAX_WAITS, DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_BODY_RATE);

  /** These waits, idle timeout and body rate, with the default streams, heartbeat and threads. */
  public WebLimits(int maxWaits, Duration idleTimeout, int minBodyRate) {
    this(maxWaits, idleTimeout, minBodyRate, DEFAULT_MAX_STREAMS, DEFAULT_HEARTBEAT, DEFAULT_MAX_THREADS);
  }

  /**
   * Reads {@code ESTODO_MAX_WAITS}, {@code ESTODO_IDLE_TIMEOUT}, {@code ESTODO_MIN_BODY_RATE},
   * {@code ESTODO_MAX_STREAMS}, {@code ESTODO_HEARTBEAT} and {@code ESTODO_MAX_THREADS}, naming any wrong.
   */
  public static WebLimits from(Environment environment) {
    int maxWaits = environment.number("ESTODO_MAX_WAITS", 1, 100_000, DEFAULT_MAX_WAITS);
    Duration idleTimeout = environment.duration("ESTODO_IDLE_TIMEOUT", Duration.ofMillis(100), Duration.ofMinutes(10),
        DEFAULT_IDLE_TIMEOUT);
    int minBodyRate = environment.number("ESTODO_MIN_BODY_RATE", 1, 1 << 30, DEFAULT_MIN_BODY_RATE);
    int maxStreams = environment.number("ESTODO_MAX_STREAMS", 1, 100_000, DEFAULT_MAX_STREAMS);
    Duration heartbeat = environment.duration("ESTODO_HEARTBEAT", Duration.ofMillis(100), Duration.ofMinutes(10),
        DEFAULT_HEARTBEAT);
    int maxThreads = environment.number("ESTODO_MAX_THREADS", 16, 10_000, DEFAULT_MAX_THREADS);
    return new WebLimits(maxWaits, idleTimeout, minBodyRate, maxStreams, heartbeat, maxThreads);
  }

  /** These limits with {@code maxStreams} streams, a heartbeat every {@code heartbeat} and {@code maxThreads} threads. */
  public WebLimits withStreams(int maxStreams, Duration heartbeat, int maxThreads) {
    return new WebLimits(maxWaits, idleTimeout, minBodyRate, maxStreams, heartbeat, maxThreads);
  }
}
