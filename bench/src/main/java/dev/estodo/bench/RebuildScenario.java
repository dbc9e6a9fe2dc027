package dev.estodo.bench;

import dev.estodo.eventsourcing.processing.Projector;
import dev.estodo.todo.projections.OnlineRebuild;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 8: loads the catch-up scenario's events (a million in the full run), lets the live
 * processors catch up, then rebuilds each projection online while two threads query its list over
 * HTTP (the first hundred rows), and reports the rebuild's events per second and the queries'
 * latency during it. A query answering anything but 200, or an empty list, counts as an error.
 */
final class RebuildScenario implements Scenario {
  static final String NAME = "8 online rebuild";
  private static final int QUERY_THREADS = 2;
  private static final Duration CATCH_UP = Duration.ofMinutes(30);

  @Override
  public String name() {
    return "rebuild";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    try (BenchServer server = BenchServer.start(context)) {
      long events = context.settings().catchUpEvents();
      context.say(String.format(Locale.ROOT, "loading %,d events", events));
      List<Measurement> rows = new ArrayList<>(List.of(context.reported(Loader.load(NAME, server.pool(), events))));
      List<String> names = server.application().projectors().stream().map(Projector::name).toList();
      context.say("waiting for the live projections to catch up");
      if (!server.application().checkpoints().awaitPosition(names, server.head(), CATCH_UP)) {
        throw new IllegalStateException("the live projections did not catch up in " + CATCH_UP);
      }
      for (Projector projector : server.application().projectors()) {
        rows.addAll(rebuild(context, server, projector));
      }
      return rows;
    }
  }

  private static List<Measurement> rebuild(BenchContext context, BenchServer server, Projector projector)
      throws Exception {
    String list = "/todos/" + projector.name().replace("_todos", "");
    OnlineRebuild rebuild = new OnlineRebuild(server.pool(), server.application().store(), (p, step, n) -> {});
    QueriesDuring queries = QueriesDuring.start(server.uri(list + "?limit=100"), QUERY_THREADS);
    long start = System.nanoTime();
    OnlineRebuild.Outcome outcome = rebuild.run(projector, false);
    long elapsed = System.nanoTime() - start;
    LoadResult answered = queries.stop();
    if (!outcome.swapped()) throw new IllegalStateException(projector.name() + " differs: " + outcome.differences());
    if (answered.firstError() != null) context.say("first error: " + answered.firstError());
    return List.of(
        context.reported(Measurement.ofTotal(NAME, "rebuild " + projector.name() + " online, swapped in", 1,
            "events/s", outcome.events(), elapsed)),
        context.reported(Measurement.of(NAME, "GET " + list + "?limit=100 during it", QUERY_THREADS,
            "requests/s", answered)));
  }
}
