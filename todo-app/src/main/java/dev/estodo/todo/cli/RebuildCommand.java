package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./todo rebuild outstanding|scheduled|completed|all}: empties a projection so it replays. */
@Command(name = "rebuild", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Rebuild projections from the first event: empties their tables and resets their "
        + "checkpoints in one transaction. Running processors (or the next ./todo processors) replay them.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  Rebuild the outstanding list",
        "    ./todo rebuild outstanding",
        "  Rebuild every projection on a PostgreSQL server",
        "    ./todo rebuild all --database-url postgres://estodo:secret@db/estodo"})
final class RebuildCommand implements Callable<Integer> {
  private static final List<String> CHOICES = List.of("outstanding", "scheduled", "completed", "all");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROJECTION", description = "outstanding, scheduled, completed or all")
  String projection;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (!CHOICES.contains(projection)) {
      throw new CliException("rebuild takes outstanding, scheduled, completed or all, got: " + projection);
    }
    try (Application application = Application.open(database.settings())) {
      for (Projector projector : chosen(application.projectors())) {
        application.checkpoints().reset(projector);
        say(projector.name(), "processors rebuild it from the first event");
      }
    }
    return 0;
  }

  private List<Projector> chosen(List<Projector> projectors) {
    if (projection.equals("all")) return projectors;
    return projectors.stream().filter(p -> p.name().equals(projection + "_todos")).toList();
  }

  private void say(String name, String what) {
    spec.commandLine().getOut().println("estodo: reset " + name + "; " + what);
  }
}
