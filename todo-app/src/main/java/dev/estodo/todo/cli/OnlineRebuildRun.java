package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.Application;
import dev.estodo.todo.projections.OnlineRebuild;
import dev.estodo.todo.projections.TableDifference;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code ./todo rebuild --online}: rebuilds the chosen projections one by one and says what each found. */
final class OnlineRebuildRun {
  private static final long REPORT_EVERY = 100_000;

  private final PrintWriter out;
  private long reported;

  OnlineRebuildRun(PrintWriter out) {
    this.out = out;
  }

  /** Rebuilds each of {@code projectors}; 0 when every one equals its rebuild, else 1. */
  int run(Application application, List<Projector> projectors, boolean verifyOnly) {
    OnlineRebuild rebuild = new OnlineRebuild(application.dataSource(), application.store(), this::progress);
    boolean allEqual = true;
    for (Projector projector : projectors) {
      say("estodo: rebuilding %s online from the first event", projector.name());
      reported = 0;
      allEqual &= report(rebuilt(rebuild, projector, verifyOnly), verifyOnly);
    }
    return allEqual ? 0 : 1;
  }

  // Another rebuild running, or a checkpoint reset underneath, is the operator's to sort out: one line.
  private static OnlineRebuild.Outcome rebuilt(OnlineRebuild rebuild, Projector projector, boolean verifyOnly) {
    try {
      return rebuild.run(projector, verifyOnly);
    } catch (IllegalStateException e) {
      throw new CliException("cannot rebuild " + projector.name() + " online: " + e.getMessage());
    }
  }

  private void progress(String projection, String step, long events) {
    if (step.equals("comparing") || events / REPORT_EVERY > reported / REPORT_EVERY) {
      say("estodo: %s: %s, %,d events", projection, step, events);
      reported = events;
    }
  }

  private boolean report(OnlineRebuild.Outcome outcome, boolean verifyOnly) {
    String at = String.format(Locale.ROOT, "at position %d (%,d events)", outcome.checkpoint().position(),
        outcome.events());
    if (outcome.differences().isEmpty()) {
      say("estodo: %s equals its rebuild %s; %s", outcome.projection(), at,
          verifyOnly ? "verified only, nothing swapped" : "swapped in");
      return true;
    }
    say("estodo: %s differs from its rebuild %s; not swapped", outcome.projection(), at);
    for (TableDifference difference : outcome.differences()) {
      say("  %s, differing rows: %,d%s", difference.table(), difference.count(),
          difference.count() > difference.rows().size() ? "; the first " + difference.rows().size() : "");
      difference.rows().forEach(row -> say("    %s", row));
    }
    return false;
  }

  private void say(String format, Object... arguments) {
    out.println(String.format(Locale.ROOT, format, arguments));
    out.flush();
  }
}
