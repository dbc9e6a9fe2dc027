package dev.estodo.todo.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every client command takes: which server to talk to, where to remember positions. */
final class ClientOptions {
  @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:TODO_URL:-http://localhost:3000}",
      description = "TODO_URL (default: ${DEFAULT-VALUE})")
  String url;

  @Option(names = "--state", paramLabel = "FILE",
      defaultValue = "${env:ESTODO_CLI_STATE:-${sys:user.home}/.estodo/cli-positions}",
      description = {"ESTODO_CLI_STATE: last position seen per server",
          "(default: ~/.estodo/cli-positions)"})
  String state;

  /** A client for the configured server; a URL that is not http(s) fails naming the setting. */
  TodoClient client() {
    return new TodoClient(server(), new PositionFile(Path.of(state)));
  }

  private URI server() {
    String trimmed = url.trim().replaceAll("/+$", "");
    try {
      URI uri = URI.create(trimmed);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below, naming the setting
    }
    throw new CliException("TODO_URL must be an http:// or https:// URL, got: " + url);
  }
}
