package dev.estodo.todo.cli;

import dev.estodo.todo.CacheSettings;
import dev.estodo.todo.WebLimits;
import dev.estodo.todo.WebSettings;
import picocli.CommandLine.Option;

/** The web server's options: serve and web. (ESTODO_LEASE, which /health reads too, is the processors' flag.) */
final class WebOptions {
  @Option(names = "--host", paramLabel = "HOST",
      description = "HOST: address to listen on, 0.0.0.0 to expose it (default: " + WebSettings.DEFAULT_HOST + ")")
  String host;

  @Option(names = "--port", paramLabel = "PORT",
      description = "PORT: HTTP port, 0 picks a free one (default: " + WebSettings.DEFAULT_PORT + ")")
  String port;

  @Option(names = "--read-wait", paramLabel = "DURATION",
      description = "ESTODO_READ_WAIT: how long a list with ?after= waits for its projection "
          + "before it answers 503, up to 60s (default: 5s)")
  String readWait;

  @Option(names = "--max-waits", paramLabel = "N",
      description = "ESTODO_MAX_WAITS: lists with ?after= waiting at once before one more answers 503, "
          + "1 to 100000 (default: " + WebLimits.DEFAULT_MAX_WAITS + ")")
  String maxWaits;

  @Option(names = "--idle-timeout", paramLabel = "DURATION",
      description = "ESTODO_IDLE_TIMEOUT: how long a connection may stay silent, between requests or "
          + "within one (then 408), 100ms to 10m (default: 10s)")
  String idleTimeout;

  @Option(names = "--min-body-rate", paramLabel = "BYTES",
      description = "ESTODO_MIN_BODY_RATE: bytes a second a request body must arrive at on average, "
          + "else 408 (default: " + WebLimits.DEFAULT_MIN_BODY_RATE + ")")
  String minBodyRate;

  @Option(names = "--max-streams", paramLabel = "N",
      description = "ESTODO_MAX_STREAMS: event streams (GET /events/stream) open at once before one more answers 503, "
          + "1 to 100000 (default: " + WebLimits.DEFAULT_MAX_STREAMS + ")")
  String maxStreams;

  @Option(names = "--heartbeat", paramLabel = "DURATION",
      description = "ESTODO_HEARTBEAT: how often an open event stream gets a heartbeat comment, 100ms to 10m "
          + "(default: 15s)")
  String heartbeat;

  @Option(names = "--max-threads", paramLabel = "N",
      description = "ESTODO_MAX_THREADS: the web server's request threads at most, 16 to 10000 (default: "
          + WebLimits.DEFAULT_MAX_THREADS + ")")
  String maxThreads;

  @Option(names = "--allowed-hosts", paramLabel = "NAMES",
      description = "ALLOWED_HOSTS: host names, separated by commas, that a request's Host may name besides "
          + "the loopback ones, as behind a proxy (default: none)")
  String allowedHosts;

  @Option(names = "--failing-limit", paramLabel = "DURATION",
      description = "ESTODO_FAILING_LIMIT: how long a processor may keep failing before GET /health answers 503 "
          + "(default: 60s)")
  String failingLimit;

  @Option(names = "--idempotency-ttl", paramLabel = "DURATION",
      description = "ESTODO_IDEMPOTENCY_TTL: how long an Idempotency-Key and its answer are kept, from 1s to "
          + "10080m (default: 1440m, a day)")
  String idempotencyTtl;

  @Option(names = "--request-log", paramLabel = "on|off",
      description = "ESTODO_REQUEST_LOG: one line per request: method, path, status, duration, correlation id "
          + "(default: on)")
  String requestLog;

  @Option(names = "--command-cache", paramLabel = "N",
      description = "ESTODO_COMMAND_CACHE: todos whose state a command decides on without reading their stream, "
          + "0 to 10000000, 0 turns it off (default: " + CacheSettings.DEFAULT_COMMAND_STATES + ")")
  String commandCache;

  @Option(names = "--list-cache", paramLabel = "MEGABYTES",
      description = "ESTODO_LIST_CACHE: megabytes of rendered list answers kept while their projection stands, "
          + "0 to 65536, 0 turns it off and the ETag with it (default: " + CacheSettings.DEFAULT_LIST_MEGABYTES + ")")
  String listCache;

  /** The settings, flags over environment; a wrong value fails naming the setting. */
  WebSettings settings() {
    return WebSettings.from(Flags.overEnvironment("HOST", host, "PORT", port, "ESTODO_READ_WAIT", readWait,
        "ESTODO_MAX_WAITS", maxWaits, "ESTODO_IDLE_TIMEOUT", idleTimeout, "ESTODO_MIN_BODY_RATE", minBodyRate,
        "ALLOWED_HOSTS", allowedHosts, "ESTODO_FAILING_LIMIT", failingLimit, "ESTODO_IDEMPOTENCY_TTL", idempotencyTtl,
        "ESTODO_REQUEST_LOG", requestLog, "ESTODO_COMMAND_CACHE", commandCache, "ESTODO_LIST_CACHE", listCache,
        "ESTODO_MAX_STREAMS", maxStreams, "ESTODO_HEARTBEAT", heartbeat, "ESTODO_MAX_THREADS", maxThreads));
  }
}
