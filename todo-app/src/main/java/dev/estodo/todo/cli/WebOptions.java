package dev.estodo.todo.cli;

import dev.estodo.todo.WebSettings;
import picocli.CommandLine.Option;

/** The web server's options: serve and web. */
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

  @Option(names = "--allowed-hosts", paramLabel = "NAMES",
      description = "ALLOWED_HOSTS: host names, separated by commas, that a request's Host may name besides "
          + "the loopback ones, as behind a proxy (default: none)")
  String allowedHosts;

  @Option(names = "--idempotency-ttl", paramLabel = "DURATION",
      description = "ESTODO_IDEMPOTENCY_TTL: how long an Idempotency-Key and its answer are kept, from 1s to "
          + "10080m (default: 1440m, a day)")
  String idempotencyTtl;

  @Option(names = "--request-log", paramLabel = "on|off",
      description = "ESTODO_REQUEST_LOG: one line per request: method, path, status, duration, correlation id "
          + "(default: on)")
  String requestLog;

  /** The settings, flags over environment; a wrong value fails naming the setting. */
  WebSettings settings() {
    return WebSettings.from(Flags.overEnvironment("HOST", host, "PORT", port, "ESTODO_READ_WAIT", readWait,
        "ALLOWED_HOSTS", allowedHosts, "ESTODO_IDEMPOTENCY_TTL", idempotencyTtl, "ESTODO_REQUEST_LOG", requestLog));
  }
}
