package dev.estodo.todo.cli;

import dev.estodo.todo.Environment;
import dev.estodo.todo.InvalidSettingException;
import java.net.URI;
import java.nio.file.Path;

/** Which server the client commands talk to, and where they remember the last position each answered. */
record ClientSettings(URI server, Path state) {
  static final String DEFAULT_URL = "http://localhost:3000";
  static final String DEFAULT_STATE = ".estodo/cli-positions";

  /** Reads {@code TODO_URL} and {@code ESTODO_CLI_STATE}, naming any that is wrong. */
  static ClientSettings from(Environment environment) {
    String url = environment.text("TODO_URL").orElse(DEFAULT_URL);
    return new ClientSettings(server(url), environment.path("ESTODO_CLI_STATE", DEFAULT_STATE));
  }

  private static URI server(String url) {
    String trimmed = url.replaceAll("/+$", "");
    try {
      URI uri = URI.create(trimmed);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below, naming the setting
    }
    throw new InvalidSettingException("TODO_URL", "be an http:// or https:// URL", url);
  }
}
