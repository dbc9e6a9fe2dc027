package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./todo rebuild outstanding|scheduled|completed|all|notifier}: replays a processor from the first event. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Rebuild projections from the first event, or reset the notifier.",
        "A rebuild empties the projections' tables and resets their checkpoints in one transaction; running "
            + "processors (or the next ./todo processors) replay them. A reset notifier replays every completion "
            + "and sends nothing twice: it finds the notification it recorded for each.",
        "With --online, a projection is built afresh beside the live one, which keeps answering, compared with "
            + "it row by row at the live checkpoint, and swapped in one transaction if they are the same."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Rebuild the outstanding list",
        "    ./todo rebuild outstanding",
        "  Rebuild every projection on a PostgreSQL server",
        "    ./todo rebuild all --database-url postgres://estodo:secret@db/estodo",
        "  Reset the notifier (it sends nothing twice)",
        "    ./todo rebuild notifier",
        "  Rebuild every projection while the lists keep answering",
        "    ./todo rebuild --online all",
        "  Check the completed list against a rebuild of it, changing nothing",
        "    ./todo rebuild --online completed --verify-only"})
final class RebuildCommand implements Callable<Integer> {
  private static final List<String> CHOICES = List.of("outstanding", "scheduled", "completed", "all", "notifier");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROCESSOR", description = "outstanding, scheduled, completed, all (the three) or notifier")
  String processor;

  @Option(names = "--online", description = "build beside the live projection, compare, then swap (not the notifier)")
  boolean online;

  @Option(names = "--verify-only", description = "with --online: compare with the rebuild, swap nothing")
  boolean verifyOnly;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (!CHOICES.contains(processor)) {
      throw new CliException("rebuild takes outstanding, scheduled, completed, all or notifier, got: " + processor);
    }
    if (verifyOnly && !online) throw new CliException("--verify-only goes with --online");
    if (online && processor.equals("notifier")) {
      throw new CliException("rebuild --online takes outstanding, scheduled, completed or all, got: notifier");
    }
    try (Application application = OpenedApplication.open(database.settings())) {
      if (online) return new OnlineRebuildRun(spec.commandLine().getOut()).run(application,
          chosen(application.projectors()), verifyOnly);
      if (processor.equals("notifier")) {
        application.checkpoints().reset(TodoCompletedNotifier.NAME);
        say(TodoCompletedNotifier.NAME, "it replays every completion and sends nothing twice");
      }
      for (Projector projector : chosen(application.projectors())) {
        application.checkpoints().reset(projector);
        say(projector.name(), "processors rebuild it from the first event");
      }
    }
    return 0;
  }

  private List<Projector> chosen(List<Projector> projectors) {
    if (processor.equals("all")) return projectors;
    return projectors.stream().filter(p -> p.name().equals(processor + "_todos")).toList();
  }

  private void say(String name, String what) {
    spec.commandLine().getOut().println("estodo: reset " + name + "; " + what);
  }
}
