package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ./todo rebuild outstanding|scheduled|completed|all}: empties a projection so it replays. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
    description = "Rebuild projections from the first event: empties their tables and resets their "
        + "checkpoints in one transaction. Running processors (or the next ./todo processors) replay them.")
final class RebuildCommand implements Callable<Integer> {
  private static final List<String> CHOICES = List.of("outstanding", "scheduled", "completed", "all");

  @Mixin ServerOptions options;

  @Parameters(paramLabel = "PROJECTION", description = "outstanding, scheduled, completed or all")
  String projection;

  @Override
  public Integer call() throws Exception {
    if (!CHOICES.contains(projection)) {
      throw new CliException("rebuild takes outstanding, scheduled, completed or all, got: " + projection);
    }
    try (Application application = Application.open(options.settings())) {
      for (Projector projector : chosen(application.projectors())) {
        application.checkpoints().reset(projector);
        System.out.println("estodo: reset " + projector.name() + "; processors rebuild it from the first event");
      }
    }
    return 0;
  }

  private List<Projector> chosen(List<Projector> projectors) {
    if (projection.equals("all")) return projectors;
    return projectors.stream().filter(p -> p.name().equals(projection + "_todos")).toList();
  }
}
