package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.RestoredStore;
import dev.estodo.todo.Application;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./todo renumber-transactions}: the repair of a store restored from another PostgreSQL server. */
@Command(name = RenumberCommand.NAME, mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Repair an event store restored from another PostgreSQL server (a logical dump and restore), "
        + "on which the processors refuse to start.",
        "Events record the id of the transaction that wrote them, and the restored ids are above this server's "
            + "counter. This gives every event one id below the current one, so the store reads in position order, "
            + "and resets every processor: the projections rebuild from the first event, and the notifier replays "
            + "every completion and sends nothing twice. Writers wait while it runs; queries do not."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  Repair the restored store on a PostgreSQL server, then start the processors",
        "    ./todo renumber-transactions --database-url postgres://estodo:secret@db/estodo",
        "    ./todo processors --database-url postgres://estodo:secret@db/estodo"})
final class RenumberCommand implements Callable<Integer> {
  static final String NAME = "renumber-transactions";

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    try (Application application = OpenedApplication.open(database.settings())) {
      int renumbered = RestoredStore.renumber(application.dataSource(), application.projectors());
      spec.commandLine().getOut().println("estodo: renumbered the transaction ids of " + renumbered
          + " events and reset every processor; the projections rebuild from the first event");
    }
    return 0;
  }
}
