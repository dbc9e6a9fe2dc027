package dev.estodo.todo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estodo.todo.cli.TodoClient.Reply;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo history}: {@code GET /todo/{id}/events}, one sentence a line with its time, or the JSON. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print a Todo's history in words, oldest first, as the page tells it.",
        "Each line is the event's time (UTC) and what it did."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Print a Todo's history",
        "    ./todo history -i 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "  Print the stored events as JSON",
        "    ./todo history -i 3f2504e0-4f89-11d3-9a0c-0305e82c3301 --json"})
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-i", "--id"}, paramLabel = "ID", description = "Existing Todo ID")
  String id;

  @Option(names = "--json", description = "Print the events as JSON") boolean json;

  @Mixin ClientOptions client;

  @Override
  public Integer call() {
    if (id == null || id.isBlank()) throw new CliException("Error: you must specify the Todo ID (-i ID)");
    Reply reply = client.client().get("/todo/" + URLEncoder.encode(id.trim(), StandardCharsets.UTF_8) + "/events");
    if (!reply.ok() || json) return TodoRequest.report(spec, reply, reply.body());
    JsonNode history = EventLines.json(reply);
    List<String> sentences = EventLines.sentences(history);
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < history.size(); i++) {
      out.println(EventLines.time(history.get(i)) + "  " + sentences.get(i));
    }
    return 0;
  }
}
