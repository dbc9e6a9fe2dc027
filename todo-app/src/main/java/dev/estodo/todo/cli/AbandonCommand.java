package dev.estodo.todo.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo abandon}: {@code POST /todo/{id}/abandon}. */
@Command(name = "abandon", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Abandon a Todo item via the Todo web API.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Abandon a Todo today",
        "    ./todo abandon -i 0b341422-c516-4ee4-8f3e-ef1992dfff32",
        "  Abandon a Todo on another day",
        "    ./todo abandon -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -D 2017-01-01"})
final class AbandonCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Option(names = {"-D", "--abandoned_on"}, paramLabel = "ABANDONED_ON",
      description = "Abandoned on, e.g. 2017-01-01 (default: today)")
  String abandonedOn;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    // today where the user is, as the page defaults it
    String date = abandonedOn == null ? LocalDate.now().toString() : abandonedOn;
    Map<String, Object> payload = Map.of("abandoned_on", date);
    return TodoRequest.command(spec, client, "Abandoning", new TodoRequest.Call("POST", id, "/abandon", payload));
  }
}
