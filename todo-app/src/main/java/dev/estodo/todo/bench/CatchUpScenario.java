package dev.estodo.todo.bench;

import dev.estodo.eventsourcing.ProcessorRunner;
import dev.estodo.eventsourcing.ProcessorSettings;
import dev.estodo.eventsourcing.Projector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 4: loads a million events (ten per todo), then rebuilds each projection from the first
 * event on its own, with the runner and settings the application uses, and reports events per
 * second per projection. The load's own rate is the row to compare with.
 */
final class CatchUpScenario implements Scenario {
  static final String NAME = "4 catch-up";
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @Override
  public String name() {
    return "catch-up";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    try (BenchServer server = BenchServer.start(context)) {
      server.processors().close();
      long events = context.settings().catchUpEvents();
      context.say(String.format(Locale.ROOT, "loading %,d events", events));
      List<Measurement> rows = new ArrayList<>(List.of(context.reported(Loader.load(NAME, server.pool(), events))));
      long head = server.head();
      for (Projector projector : server.application().projectors()) {
        server.application().checkpoints().reset(projector);
        rows.add(context.reported(rebuild(server, projector, head, events)));
      }
      return rows;
    }
  }

  private static Measurement rebuild(BenchServer server, Projector projector, long head, long events) {
    try (ProcessorRunner runner = new ProcessorRunner(server.pool(), server.application().store(),
        ProcessorSettings.defaults())) {
      long start = System.nanoTime();
      runner.add(projector).start();
      if (!runner.checkpoints().awaitPosition(List.of(projector.name()), head, LIMIT)) {
        throw new IllegalStateException(projector.name() + " did not catch up within " + LIMIT);
      }
      return Measurement.ofTotal(NAME, "rebuild " + projector.name() + " from position 0", 1, "events/s",
          events, System.nanoTime() - start);
    }
  }
}
