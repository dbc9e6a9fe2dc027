package dev.estodo.todo.cli;

import dev.estodo.todo.InvalidSettingException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./todo}: the server commands and the client commands of the original's scripts/request. */
@Command(name = "todo", mixinStandardHelpOptions = true, version = "estodo 0.1.0",
    description = "An event-sourced todo service on PostgreSQL.",
    subcommands = {ServeCommand.class, WebCommand.class, ProcessorsCommand.class, RebuildCommand.class,
        RenumberCommand.class, ParkedCommand.class, RetryCommand.class,
        AddCommand.class, AmendCommand.class, CompleteCommand.class, AbandonCommand.class,
        MoveUpCommand.class, ListCommand.class, HistoryCommand.class, LogCommand.class, UuidCommand.class},
    footerHeading = "%nAlso, from the bench module:%n",
    footer = {
        "  bench       Measure the store and the service against raw PostgreSQL:",
        "                ./todo bench --help",
        "",
        "Each command's options and examples: ./todo COMMAND --help"})
public final class EstodoCommand implements Callable<Integer> {
  private static final int USAGE = 2;

  @Spec CommandSpec spec;

  /**
   * The command line with every subcommand; a {@link CliException} or a bad setting prints its
   * message and exits 1.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EstodoCommand());
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (!(e instanceof CliException) && !(e instanceof InvalidSettingException)) throw e;
      line.getErr().println(e.getMessage());
      return 1;
    });
    return commandLine;
  }

  /** No command: the usage, on stderr, as for any other usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }
}
