package dev.estodo.todo.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo moveup}: {@code POST /todo/{id}/moveup}. */
@Command(name = "moveup", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Move a Todo item one place up the outstanding list via the Todo web API.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Move a Todo up",
        "    ./todo moveup -i 0b341422-c516-4ee4-8f3e-ef1992dfff32"})
final class MoveUpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    return TodoRequest.command(spec, client, "Moving up", new TodoRequest.Call("POST", id, "/moveup", Map.of()));
  }
}
