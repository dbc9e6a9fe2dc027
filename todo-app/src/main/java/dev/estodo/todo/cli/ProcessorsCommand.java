package dev.estodo.todo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo processors}: the projectors and the notifier alone, as in the original's Procfile. */
@Command(name = "processors", mixinStandardHelpOptions = true,
    description = "Start the event processors only (projections and the notifier). Several copies "
        + "may run: one is active per processor, the others stand by.")
final class ProcessorsCommand implements Callable<Integer> {
  @Mixin ServerOptions options;

  @Override
  public Integer call() throws InterruptedException {
    return ServerProcess.run(options.settings(), false, true);
  }
}
