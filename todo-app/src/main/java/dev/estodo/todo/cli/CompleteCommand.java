package dev.estodo.todo.cli;

import java.time.LocalDate;
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
        "  Complete a Todo today",
        "    ./todo complete -i 0b341422-c516-4ee4-8f3e-ef1992dfff32",
        "  Complete a Todo on another day",
        "    ./todo complete -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -D 2017-01-01"})
final class CompleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Option(names = {"-D", "--completed_on"}, paramLabel = "COMPLETED_ON",
      description = "Completed on, e.g. 2017-01-01 (default: today)")
  String completedOn;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    // today where the user is, as the page defaults it
    String date = completedOn == null ? LocalDate.now().toString() : completedOn;
    Map<String, Object> payload = Map.of("completed_on", date);
    return TodoRequest.command(spec, client, "Completing", new TodoRequest.Call("POST", id, "/complete", payload));
  }
}
