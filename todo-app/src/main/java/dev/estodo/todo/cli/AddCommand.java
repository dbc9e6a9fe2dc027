package dev.estodo.todo.cli;

import java.util.LinkedHashMap;
import java.util.Map;
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

  @Option(names = {"-t", "--title"}, paramLabel = "TITLE", description = "Title")
  String title;

  @Option(names = {"-d", "--description"}, paramLabel = "DESCRIPTION", description = "Description")
  String description;

  @Option(names = {"-D", "--due_date"}, paramLabel = "DUE_DATE", description = "Due date, e.g. 2017-01-01")
  String dueDate;

  @Option(names = {"-s", "--stakeholder_email"}, paramLabel = "STAKEHOLDER_EMAIL",
      description = "Stakeholder email, told when the todo is completed")
  String stakeholderEmail;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    Map<String, Object> payload = new LinkedHashMap<>();
    putGiven(payload, "title", title);
    putGiven(payload, "description", description);
    putGiven(payload, "due_date", dueDate);
    putGiven(payload, "stakeholder_email", stakeholderEmail);
    return TodoRequest.command(spec, client, "Adding", new TodoRequest.Call("POST", id, "", payload));
  }

  static void putGiven(Map<String, Object> payload, String key, String value) {
    if (value != null) payload.put(key, value);
  }
}
