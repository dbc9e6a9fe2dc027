package dev.estodo.todo.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo complete}: {@code POST /todo/{id}/complete}. */
@Command(name = "complete", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Complete a Todo item via the Todo web API; its stakeholder is told by email.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Complete a Todo",
        "    ./todo complete -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -D 2017-01-01"})
final class CompleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Option(names = {"-D", "--completed_on"}, paramLabel = "COMPLETED_ON", description = "Completed on, e.g. 2017-01-01")
  String completedOn;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    Map<String, Object> payload = completedOn == null ? Map.of() : Map.of("completed_on", completedOn);
    return TodoRequest.command(spec, client, "Completing", new TodoRequest.Call("POST", id, "/complete", payload));
  }
}
