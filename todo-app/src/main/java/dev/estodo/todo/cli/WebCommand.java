package dev.estodo.todo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo web}: the web server alone, as in the original's Procfile. */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = "Start the web server only; run ./todo processors elsewhere to update the lists.")
final class WebCommand implements Callable<Integer> {
  @Mixin ServerOptions options;

  @Override
  public Integer call() throws InterruptedException {
    return ServerProcess.run(options.settings(), true, false);
  }
}
