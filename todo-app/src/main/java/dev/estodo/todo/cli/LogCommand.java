package dev.estodo.todo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.cli.TodoClient.Reply;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./todo log}: the last events of the whole store ({@code GET /events}), oldest first as a
 * log reads, one line each; {@code --follow} then prints each new event as it comes
 * ({@code GET /events/stream}) until interrupted.
 */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the event log: the last events of every Todo, oldest first, one line each:",
        "position, time (UTC), short Todo ID, type and what it did."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Print the last 20 events",
        "    ./todo log",
        "  Print the last 100 events, then each new one as it happens (Ctrl-C ends)",
        "    ./todo log --limit 100 --follow",
        "  Print the events as JSON, one object a line",
        "    ./todo log --json"})
final class LogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20",
      description = "How many of the last events to print, 1 to 10000 (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print each event as JSON, one a line") boolean json;

  @Option(names = {"-f", "--follow"}, description = "Then print new events as they happen, until interrupted")
  boolean follow;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 10_000) throw new CliException("Error: --limit must be from 1 to 10000, was " + limit);
    TodoClient todos = client.client();
    Reply reply = todos.get("/events?limit=" + limit);
    if (!reply.ok()) return TodoRequest.report(spec, reply, reply.body());
    List<JsonNode> events = new ArrayList<>();
    EventLines.json(reply).forEach(event -> events.add(0, event));
    EventLines lines = new EventLines(todos);
    print(lines, events);
    if (!follow) return 0;
    long last = events.isEmpty() ? -1 : events.get(events.size() - 1).path("position").asLong();
    new LogFollower(todos.server(), spec.commandLine().getErr()).follow(last, event -> print(lines, List.of(event)));
    return 0;
  }

  private void print(EventLines lines, List<JsonNode> events) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      events.forEach(event -> out.println(event.toString()));
    } else {
      lines.lines(events).forEach(out::println);
    }
    out.flush();
  }
}
