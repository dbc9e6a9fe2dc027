package dev.estodo.todo.cli;

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

  @Option(names = "--failing-limit", paramLabel = "DURATION",
      description = "ESTODO_FAILING_LIMIT: how long a processor may keep failing before GET /health answers 503 "
          + "(default: 60s)")
  String failingLimit;

  /** The settings, flags over environment; a wrong value fails naming the setting. */
  WebSettings settings() {
    return WebSettings.from(Flags.overEnvironment("HOST", host, "PORT", port, "ESTODO_READ_WAIT", readWait,
        "ESTODO_FAILING_LIMIT", failingLimit));
  }
}
