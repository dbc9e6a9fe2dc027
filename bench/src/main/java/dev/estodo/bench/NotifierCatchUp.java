package dev.estodo.bench;

import dev.estodo.eventsourcing.processing.ProcessorRunner;
import dev.estodo.eventsourcing.processing.ProcessorSettings;
import dev.estodo.todo.reactors.ConsoleEmail;
import dev.estodo.todo.reactors.TodoCompletedNotifier;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 4's notifier row: the notifier catching up over events it ignores. Todos get the first
 * nine events of their history (added, amended, moved up; none completed), so every event is one
 * the notifier passes over; it runs alone, from position 0, with the application's settings.
 */
final class NotifierCatchUp {
  private static final int IGNORED_EVENTS_PER_TODO = TodoStreams.HISTORY - 1;

  private NotifierCatchUp() {}

  static List<Measurement> run(BenchContext context) throws Exception {
    try (BenchServer server = BenchServer.start(context)) {
      server.processors().close();
      long todos = context.settings().catchUpEvents() / TodoStreams.HISTORY;
      context.say(String.format(Locale.ROOT, "loading %,d events the notifier ignores", todos * IGNORED_EVENTS_PER_TODO));
      Measurement load = context.reported(Loader.load(CatchUpScenario.NAME, server.pool(), todos, IGNORED_EVENTS_PER_TODO));
      server.application().checkpoints().reset(TodoCompletedNotifier.NAME);
      TodoCompletedNotifier notifier = new TodoCompletedNotifier(server.application().store(),
          new ConsoleEmail(new PrintStream(OutputStream.nullOutputStream())), Clock.systemUTC());
      try (ProcessorRunner runner = new ProcessorRunner(server.pool(), server.application().store(),
          ProcessorSettings.defaults())) {
        runner.add(notifier);
        Measurement row = context.reported(CatchUpScenario.timed(server, runner, TodoCompletedNotifier.NAME,
            "notifier over ignored events", server.head(), todos * IGNORED_EVENTS_PER_TODO,
            context.settings().catchUpLimit()));
        context.check(Target.rate("notifier catch-up over ignored events", row.rate(), 100_000));
        return List.of(load, row);
      }
    }
  }
}
