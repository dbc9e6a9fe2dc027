package dev.estodo.todo.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** {@code ./todo} as a user runs it, in this JVM, against one server: what it printed and its exit code. */
final class Cli {
  private final URI server;
  private final Path state;

  Cli(URI server, Path state) {
    this.server = server;
    this.state = state;
  }

  /** The outcome of one run. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code ./todo command arguments...} with {@code --url} and {@code --state} pointing at the test's. */
  Run run(String command, String... arguments) {
    List<String> line = new ArrayList<>(List.of(command, "--url", server.toString(), "--state", state.toString()));
    line.addAll(List.of(arguments));
    return bare(line.toArray(String[]::new));
  }

  /** A {@code --database-url} for the database behind {@code dataSource}, credentials in its query. */
  static String databaseUrl(HikariDataSource dataSource) {
    if (dataSource.getUsername() == null || dataSource.getJdbcUrl().contains("user=")) return dataSource.getJdbcUrl();
    String separator = dataSource.getJdbcUrl().contains("?") ? "&" : "?";
    String password = dataSource.getPassword() == null ? "" : "&password=" + dataSource.getPassword();
    return dataSource.getJdbcUrl() + separator + "user=" + dataSource.getUsername() + password;
  }

  /** Runs {@code ./todo arguments...} exactly as given. */
  static Run bare(String... arguments) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = EstodoCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(arguments);
    return new Run(exitCode, out.toString(), err.toString());
  }
}
