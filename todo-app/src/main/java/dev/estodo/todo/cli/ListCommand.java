package dev.estodo.todo.cli;

import dev.estodo.todo.cli.TodoClient.Reply;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo list}: {@code GET /todos/{list}}, as a table on a terminal and JSON otherwise. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List Todos via the Todo web API.",
        "Waits until the list reflects your last command. Prints a table on a terminal, the JSON otherwise."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  List outstanding Todos",
        "    ./todo list -l outstanding",
        "  List scheduled Todos (those with a due date, earliest first) as JSON",
        "    ./todo list -l scheduled --json",
        "  List completed Todos",
        "    ./todo list -l completed",
        "  List outstanding Todos as they were right after the event at position 42, or at a time",
        "    ./todo list -l outstanding --at 42",
        "    ./todo list -l outstanding --at 2017-06-13T10:00:00+02:00"})
final class ListCommand implements Callable<Integer> {
  private static final List<String> LISTS = List.of("outstanding", "scheduled", "completed");
  // the server's answer to ?after= beyond its last event
  private static final int POSITION_AHEAD = 409;

  @Spec CommandSpec spec;

  @Option(names = {"-l", "--list"}, paramLabel = "LIST",
      description = "List to display: outstanding, scheduled, completed")
  String list;

  @Option(names = "--at", paramLabel = "POSITION|TIME",
      description = "The list as it was right after the event at POSITION, or at TIME (ISO-8601 with an offset"
          + " or Z, e.g. 2017-06-13T10:00:00Z)")
  String at;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  /** How the list is shown when the terminal check should not decide. */
  static final class Format {
    @Option(names = "--json", description = "Print the JSON, even on a terminal") boolean json;
    @Option(names = "--table", description = "Print a table, even when not on a terminal") boolean table;
  }

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    String name = list == null ? "" : list.trim().toLowerCase(Locale.ROOT);
    if (!LISTS.contains(name)) {
      throw new CliException("Error: you must specify which Todos to list: " + String.join(", ", LISTS));
    }
    TodoClient todos = client.client();
    spec.commandLine().getOut().println(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " todos");
    if (at != null) return report(todos.listAt(name, at));
    Reply reply = todos.list(name);
    if (reply.status() == POSITION_AHEAD && todos.lastPosition().isPresent()) reply = forgetPosition(todos, name);
    int exitCode = report(reply);
    if (reply.status() == 503 && todos.lastPosition().isPresent()) explainWait(todos);
    return exitCode;
  }

  private int report(Reply reply) {
    return TodoRequest.report(spec, reply, reply.ok() && table() ? TodoTable.render(reply.body()) : reply.body());
  }

  // the server never wrote that position (its data was reset, say): waiting for it would fail every list
  private Reply forgetPosition(TodoClient todos, String name) {
    spec.commandLine().getErr().println("Forgot the remembered position " + todos.lastPosition().getAsLong()
        + " (" + todos.positionFile() + "): the server's data ends before it; was it reset?");
    todos.forgetPosition();
    return todos.list(name);
  }

  private void explainWait(TodoClient todos) {
    spec.commandLine().getErr().println("  (the list waits for position " + todos.lastPosition().getAsLong()
        + ", your last command's; are the processors running? ./todo serve runs them, or ./todo processors)");
  }

  private boolean table() {
    return format.table || (!format.json && System.console() != null);
  }
}
