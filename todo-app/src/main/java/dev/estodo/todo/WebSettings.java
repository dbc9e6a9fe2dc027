package dev.estodo.todo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the web server listens, how long a query's {@code ?after=} waits for its projection, what
 * it allows a client ({@link WebLimits}), the host names requests may name besides the loopback
 * ones, when {@code /health} fails, how long idempotency keys are kept, whether every request
 * is logged, and what it caches.
 */
public record WebSettings(String host, int port, Duration readWait, WebLimits limits, List<String> allowedHosts,
    HealthSettings health, Duration idempotencyTtl, boolean requestLog, CacheSettings caches) {
  /** The loopback address: reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The original's port. */
  public static final int DEFAULT_PORT = 3000;
  /** How long a query with {@code ?after=} waits before it answers 503. */
  public static final Duration DEFAULT_READ_WAIT = Duration.ofSeconds(5);
  /** How long a request's Idempotency-Key is kept, so that its retries get the stored answer. */
  public static final Duration DEFAULT_IDEMPOTENCY_TTL = Duration.ofHours(24);
  // the command line waits 60 s for an answer; a longer read wait would outlast it
  private static final Duration LONGEST_READ_WAIT = Duration.ofSeconds(60);
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%\\[\\]-]+");
  private static final Pattern ALLOWED_HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");

  /**
   * Settings with {@code limits} that allow no host names beyond the loopback ones, judge health by
   * the defaults, keep keys a day, log requests and cache as by default.
   */
  public WebSettings(String host, int port, Duration readWait, WebLimits limits) {
    this(host, port, readWait, limits, List.of(), HealthSettings.defaults(), DEFAULT_IDEMPOTENCY_TTL, true,
        CacheSettings.DEFAULTS);
  }

  /**
   * Reads {@code HOST}, {@code PORT}, {@code ESTODO_READ_WAIT}, the limits, {@code ALLOWED_HOSTS},
   * the health settings, {@code ESTODO_IDEMPOTENCY_TTL}, {@code ESTODO_REQUEST_LOG} and the cache
   * settings, naming any that is wrong.
   */
  public static WebSettings from(Environment environment) {
    String host = environment.text("HOST").orElse(DEFAULT_HOST);
    if (!HOST.matcher(host).matches()) {
      throw new InvalidSettingException("HOST", "be a host name or an IP address such as 0.0.0.0", host);
    }
    int port = environment.number("PORT", 0, 65535, DEFAULT_PORT);
    Duration readWait = environment.duration("ESTODO_READ_WAIT", Duration.ofMillis(1), LONGEST_READ_WAIT,
        DEFAULT_READ_WAIT);
    Duration ttl = environment.duration("ESTODO_IDEMPOTENCY_TTL", Duration.ofSeconds(1), Duration.ofDays(7),
        DEFAULT_IDEMPOTENCY_TTL);
    return new WebSettings(host, port, readWait, WebLimits.from(environment), allowedHosts(environment),
        HealthSettings.from(environment), ttl, requestLog(environment), CacheSettings.from(environment));
  }

  /** {@code ESTODO_REQUEST_LOG}: {@code on} (the default) or {@code off}. */
  private static boolean requestLog(Environment environment) {
    String text = environment.text("ESTODO_REQUEST_LOG").orElse("on");
    if (text.equals("on") || text.equals("off")) return text.equals("on");
    throw new InvalidSettingException("ESTODO_REQUEST_LOG", "be on or off", text);
  }

  /** {@code ALLOWED_HOSTS}: names (or IP addresses) separated by commas, without ports. */
  private static List<String> allowedHosts(Environment environment) {
    String text = environment.text("ALLOWED_HOSTS").orElse("");
    List<String> names = Arrays.stream(text.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    if (names.stream().allMatch(name -> ALLOWED_HOST.matcher(name).matches())) return names;
    throw new InvalidSettingException("ALLOWED_HOSTS",
        "be host names or IP addresses separated by commas, such as todo.example.com,10.0.0.5", text);
  }
}
