package dev.estodo.todo.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./todo uuid}: a fresh random UUID, to name a new todo. */
@Command(name = "uuid", mixinStandardHelpOptions = true,
    description = "Generate a UUID.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Generate a UUID",
        "    ./todo uuid",
        "  Add a Todo with it",
        "    ./todo add -i $(./todo uuid) -t \"My task\""})
final class UuidCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(UUID.randomUUID());
    return 0;
  }
}
