package dev.estodo.todo.cli;

import dev.estodo.todo.ServerSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo web}: the web server alone, as in the original's Procfile. */
@Command(name = "web", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Start the web server only; run ./todo processors elsewhere to update the lists.",
        "Each option overrides the environment variable it names."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  The web server, and the processors in another terminal",
        "    ./todo web",
        "    ./todo processors",
        "  A second web server on the same data, on port 3001",
        "    ./todo web --port 3001"})
final class WebCommand implements Callable<Integer> {
  @Mixin DatabaseOptions database;
  @Mixin WebOptions web;

  @Override
  public Integer call() throws InterruptedException {
    return ServerProcess.run(new ServerSettings(database.settings(), Optional.of(web.settings()), Optional.empty()));
  }
}
