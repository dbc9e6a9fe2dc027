package dev.estodo.todo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code ./todo}: the server commands and the client commands of the original's scripts/request. */
@Command(name = "todo", mixinStandardHelpOptions = true, version = "estodo 0.1.0",
    description = "An event-sourced todo service on PostgreSQL.",
    subcommands = {ServeCommand.class, WebCommand.class, ProcessorsCommand.class, RebuildCommand.class,
        AddCommand.class, AmendCommand.class, CompleteCommand.class, AbandonCommand.class,
        MoveUpCommand.class, ListCommand.class, UuidCommand.class})
public final class EstodoCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command line with every subcommand; a {@link CliException} prints its message and exits 1. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EstodoCommand());
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (!(e instanceof CliException)) throw e;
      line.getErr().println(e.getMessage());
      return 1;
    });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
