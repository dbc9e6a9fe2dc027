package dev.estodo.todo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.estodo.eventsourcing.processing.ParkedEvent;
import dev.estodo.eventsourcing.processing.ParkedEvents;
import dev.estodo.todo.Application;
import dev.estodo.todo.Json;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./todo parked}: the events reactors parked because they failed for good, oldest first. */
@Command(name = "parked", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"List the events the notifier parked: their reaction failed for good (an address the mail "
        + "server refuses), so it moved on; later events of the same todo wait parked behind them.",
        "./todo retry runs them again."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./todo parked", "  ./todo parked --json"})
final class ParkedCommand implements Callable<Integer> {
  private static final List<String> HEADERS =
      List.of("POSITION", "PROCESSOR", "TYPE", "TODO", "ATTEMPTS", "FIRST FAILED", "LAST FAILED", "ERROR");

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    List<ParkedEvent> parked;
    try (Application application = OpenedApplication.open(database.settings())) {
      parked = new ParkedEvents(application.dataSource()).list();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(parked) : table(parked));
    out.flush();
    return 0;
  }

  private static String json(List<ParkedEvent> parked) throws JsonProcessingException {
    ArrayNode rows = Json.mapper().createArrayNode();
    parked.forEach(event -> rows.addObject().put("position", event.position()).put("processor", event.processor())
        .put("event_id", event.eventId().toString()).put("aggregate_id", event.aggregateId().toString())
        .put("event_type", event.eventType()).put("error", event.error()).put("attempts", event.attempts())
        .put("behind", event.behind()).put("first_failed_at", text(event.firstFailedAt()))
        .put("last_failed_at", text(event.lastFailedAt())).put("retry_requested_at", text(event.retryRequestedAt())));
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows) + "\n";
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static String table(List<ParkedEvent> parked) {
    if (parked.isEmpty()) return "No parked events.\n";
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADERS);
    parked.forEach(event -> lines.add(List.of(Long.toString(event.position()), event.processor(), event.eventType(),
        event.aggregateId().toString(), Integer.toString(event.attempts()), event.firstFailedAt().toString(),
        event.lastFailedAt().toString(), printable(event.error()))));
    return TodoTable.format(lines);
  }

  // an error may quote what a server answered, escape sequences included
  private static String printable(String text) {
    return TodoTable.UNPRINTABLE.matcher(text).replaceAll(" ");
  }
}
