package dev.estodo.todo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo add}: {@code POST /todo/{id}} with the options given. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Add a Todo item via the Todo web API.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Add a Todo",
        "    ./todo add -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -t \"My task\"",
        "  Add a more complex Todo",
        "    ./todo add -i 0b341422-c516-4ee4-8f3e-ef1992dfff32 -t \"My task\" \\",
        "      -d \"My task description\" -D 2017-01-01 -s stakeholder@example.com",
        "  Add a Todo with a fresh ID",
        "    ./todo add -i $(./todo uuid) -t \"My task\""})
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Todo ID (a UUID: ./todo uuid)")
  String id;

  @Mixin TodoFields fields;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    return TodoRequest.command(spec, client, "Adding", new TodoRequest.Call("POST", id, "", fields.given()));
  }
}
