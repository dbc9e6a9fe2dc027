package dev.estodo.bench;

import dev.estodo.todo.projections.OutstandingTodos;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: the live lag. First the maximum command rate of the server with its processors
 * running (the mixed workload, closed loop), then a steady load at half that rate: clients that
 * add a todo, wait until it is visible, and complete it (so the list stays short). The lag is the
 * time from the add's 2xx to the todo being visible, measured alternately as the projection's
 * commit (a wait in the process, woken by the runner) and as the answer to
 * {@code GET /todos/outstanding?after=}, which waits on the server until the projection has it.
 */
final class LagScenario implements Scenario {
  static final String NAME = "5 lag";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int COMMANDS_PER_CLIENT_STEP = 2;

  @Override
  public String name() {
    return "lag";
  }

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public List<Measurement> run(BenchContext context) throws Exception {
    int connections = context.settings().connections();
    try (BenchServer server = BenchServer.start(context)) {
      HttpLoad http = new HttpLoad();
      Measurement max = context.reported(Measurement.of(NAME, "add, amend, complete: closed loop (max)",
          connections, "requests/s", context.load(connections, i -> TodoRequests.mixed(server, http))));
      Timing steady = new Timing(context.settings().timing().warmup(), context.settings().lagMeasure(), 1);
      // Even steps measure the wait for the commit, odd ones the ?after= query.
      List<LoadResult> lags = OpenLoop.run(max.rate() / 2 / COMMANDS_PER_CLIENT_STEP, steady, connections * 2, 2,
          index -> lag(server, http, index % 2 == 0));
      double rate = COMMANDS_PER_CLIENT_STEP * (lags.get(0).count() + lags.get(1).count())
          / (steady.measure().toNanos() / 1e9);
      List<Measurement> rows = new ArrayList<>(List.of(max));
      rows.add(context.reported(Measurement.lag(NAME, "lag at half max: 2xx to projection commit",
          connections, rate, lags.get(0))));
      rows.add(context.reported(Measurement.lag(NAME, "lag at half max: 2xx to GET ?after= answer",
          connections, rate, lags.get(1))));
      return rows;
    }
  }

  private static long lag(BenchServer server, HttpLoad http, boolean commit) throws Exception {
    TodoRequests client = TodoRequests.client(server, http);
    long position = client.add();
    long answered = System.nanoTime();
    if (commit) {
      if (!server.processors().checkpoints().awaitPosition(List.of(OutstandingTodos.NAME), position, WAIT)) {
        throw new IllegalStateException("position " + position + " not projected within " + WAIT);
      }
    } else {
      http.send("GET", server.uri("/todos/outstanding?after=" + position), null, 200);
    }
    long lag = System.nanoTime() - answered;
    client.complete();
    return lag;
  }
}
