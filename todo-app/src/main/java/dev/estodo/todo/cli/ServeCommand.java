package dev.estodo.todo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./todo serve}: web and processors in one process, the quick start. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start everything: the database (embedded unless DATABASE_URL is set), the web "
        + "server and the event processors.")
final class ServeCommand implements Callable<Integer> {
  @Mixin ServerOptions options;

  @Override
  public Integer call() throws InterruptedException {
    return ServerProcess.run(options.settings(), true, true);
  }
}
