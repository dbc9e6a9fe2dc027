package dev.estodo.todo.cli;

import dev.estodo.eventsourcing.processing.ParkedEvent;
import dev.estodo.eventsourcing.processing.ParkedEvents;
import dev.estodo.eventsourcing.processing.ParkedEvents.Outcome;
import dev.estodo.eventsourcing.processing.ParkedEvents.Retry;
import dev.estodo.todo.Application;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./todo retry POSITION...|--all}: asks the notifier's active instance to run parked events
 * again, in order, and prints how each went; it never reacts itself, so one instance reacts at a time.
 */
@Command(name = "retry", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run parked events again (see ./todo parked), oldest first, and unpark those that succeed.",
        "The notifier's active instance (./todo serve or ./todo processors) runs them before its next batch; "
            + "this command marks them and waits up to 30 s for the outcome. Retrying an event also retries the "
            + "earlier parked events of its todo, which must go first. Exits 1 unless every one was unparked."},
    footerHeading = "%nExamples:%n",
    footer = {"  Retry the event at position 42 (after fixing the address or the mail server)",
        "    ./todo retry 42", "  Retry every parked event", "    ./todo retry --all"})
final class RetryCommand implements Callable<Integer> {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Which which;

  static final class Which {
    @Parameters(paramLabel = "POSITION", arity = "1..*", description = "the parked events' positions")
    List<Long> positions;

    @Option(names = "--all", required = true, description = "every parked event")
    boolean all;
  }

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    try (Application application = OpenedApplication.open(database.settings())) {
      ParkedEvents parked = new ParkedEvents(application.dataSource());
      List<ParkedEvent> asked = which.all ? parked.requestRetryOfAll() : parked.requestRetry(which.positions);
      if (asked.isEmpty()) throw new CliException(nothingToRetry());
      List<Retry> retries = parked.awaitRetries(asked, WAIT);
      retries.forEach(retry -> report(spec.commandLine().getOut(), retry));
      return retries.stream().allMatch(retry -> retry.outcome() == Outcome.UNPARKED) ? 0 : 1;
    }
  }

  private String nothingToRetry() {
    if (which.all) return "estodo: no parked events to retry";
    List<String> positions = which.positions.stream().map(String::valueOf).toList();
    return "estodo: no parked event at position " + String.join(", ", positions);
  }

  // an error may quote what a server answered, escape sequences included
  private static String printable(String text) {
    return TodoTable.UNPRINTABLE.matcher(text).replaceAll(" ");
  }

  private static void report(PrintWriter out, Retry retry) {
    ParkedEvent event = retry.event();
    String what = "estodo: position " + event.position() + " (" + event.eventType() + ", todo "
        + event.aggregateId() + ", " + event.processor() + "): ";
    out.println(what + switch (retry.outcome()) {
      case UNPARKED -> "done, unparked";
      case FAILED_AGAIN -> "failed again, still parked: " + printable(retry.error());
      case PENDING -> "not run within " + WAIT.toSeconds() + " s: is ./todo serve or ./todo processors running? "
          + "It stays marked and runs when one is";
    });
  }
}
