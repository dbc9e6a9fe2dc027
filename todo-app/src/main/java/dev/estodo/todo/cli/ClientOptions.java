package dev.estodo.todo.cli;

import picocli.CommandLine.Option;

/** The options every client command takes: which server to talk to, where to remember positions. */
final class ClientOptions {
  @Option(names = "--url", paramLabel = "URL", description = "TODO_URL (default: " + ClientSettings.DEFAULT_URL + ")")
  String url;

  @Option(names = "--state", paramLabel = "FILE",
      description = "ESTODO_CLI_STATE: last position seen per server "
          + "(default: ~/" + ClientSettings.DEFAULT_STATE + ", ~ being $HOME)")
  String state;

  /** A client for the configured server; a URL that is not http(s) fails naming the setting. */
  TodoClient client() {
    ClientSettings settings = ClientSettings.from(Flags.overEnvironment("TODO_URL", url, "ESTODO_CLI_STATE", state));
    return new TodoClient(settings.server(), new PositionFile(settings.state()));
  }
}
